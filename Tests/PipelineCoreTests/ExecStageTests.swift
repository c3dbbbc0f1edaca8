import Foundation
import PipelineCore
import Testing

struct ExecStageTests {
    private let folder: ScratchFolder

    /// A child in sh: checks its options, then answers each document with its id as `Text`,
    /// crashes on CRASH, hangs on HANG, and logs its pid once per start to `starts.log`.
    private static let child = #"""
        #!/bin/sh
        echo $$ >> starts.log
        read -r setup
        case "$setup" in
          *'"greeting":"hi"'*) echo '{"ok":true}' ;;
          *) echo '{"error":{"message":"say hi"}}'; exit 0 ;;
        esac
        while read -r line; do
          case "$line" in
            *CRASH*) exit 3 ;;
            *HANG*) sleep 30 ;;
            *NOISE*) echo 'this is not json' ; continue ;;
            *TWICE*) printf '%s\n%s\n' '{"output":{"text":"first"}}' '{"output":{"text":"stale"}}'; continue ;;
            *QUIT*) echo '{"output":{"text":"bye"}}'; exit 0 ;;
          esac
          id=$(printf '%s\n' "$line" | sed 's/.*"id":"\([^"]*\)".*/\1/')
          echo "{\"output\":{\"text\":\"$id\"}}"
        done
        """#

    init() throws {
        folder = try ScratchFolder()
        try folder.write("child.sh", Self.child, executable: true)
    }

    private func pipeline(greeting: String = "hi", timeout: Double = 5, command: String = "[sh, child.sh]") throws -> Pipeline {
        try loadPipeline("""
            stages:
              - id: ids
                uses: exec
                with:
                  command: \(command)
                  output: Text
                  timeout: \(timeout)
                  options: { greeting: \(greeting), nested: { list: [1, 2] } }
              - { id: shout, uses: upper, inputs: { text: ids } }
            """, in: folder)
    }

    private var starts: Int {
        ((try? String(contentsOfFile: folder.path + "/starts.log", encoding: .utf8)) ?? "")
            .split(separator: "\n").count
    }

    @Test func aChildAnswersEachDocumentAndItsOutputIsDecodedIntoAKnownType() throws {
        let results = try runDocuments(try pipeline(), ["first", "second"], jobs: 1)
        #expect(results == [#"ids={"text":"d0"} shout={"text":"D0"}"#, #"ids={"text":"d1"} shout={"text":"D1"}"#])
        #expect(starts == 1)
    }

    @Test func oneChildRunsPerWorkerAndIsReused() throws {
        let bodies = (0..<40).map { "document \($0)" }
        let results = try runDocuments(try pipeline(), bodies, jobs: 3)
        #expect(results == (0..<40).map { #"ids={"text":"d\#($0)"} shout={"text":"D\#($0)"}"# })
        #expect(starts >= 1 && starts <= 3)
    }

    @Test func aCrashedChildFailsItsDocumentAndIsRestarted() throws {
        let results = try runDocuments(try pipeline(), ["one", "CRASH here", "three"], jobs: 1)
        #expect(results == [
            #"ids={"text":"d0"} shout={"text":"D0"}"#,
            "ids!'sh child.sh' closed its output: it exited with status 3; it will be restarted "
                + "shout!skipped: its input from 'ids' failed",
            #"ids={"text":"d2"} shout={"text":"D2"}"#,
        ])
        // The crash came from a reused child, so the document was tried once more on a fresh one.
        #expect(starts == 3)
    }

    @Test func aHungChildIsKilledAtItsTimeoutAndRestarted() throws {
        let started = Date()
        let results = try runDocuments(try pipeline(timeout: 0.5), ["HANG please", "after"], jobs: 1)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(results == [
            "ids!'sh child.sh' did not answer within 0.5 s; it was stopped and will be restarted "
                + "shout!skipped: its input from 'ids' failed",
            #"ids={"text":"d1"} shout={"text":"D1"}"#,
        ])
        #expect(starts == 2)
    }

    @Test func anAnswerThatIsNotJSONFailsTheDocument() throws {
        let results = try runDocuments(try pipeline(), ["NOISE"], jobs: 1)
        #expect(results.first?.hasPrefix("ids!the stage's output does not decode as Text") == true)
    }

    @Test func aChildThatAnswersTwiceOrQuitsWhileIdleIsReplacedBeforeTheNextDocument() throws {
        let results = try runDocuments(try pipeline(), ["TWICE", "next", "QUIT", "after"], jobs: 1)
        #expect(results == [
            #"ids={"text":"first"} shout={"text":"FIRST"}"#,
            #"ids={"text":"d1"} shout={"text":"D1"}"#,
            #"ids={"text":"bye"} shout={"text":"BYE"}"#,
            #"ids={"text":"d3"} shout={"text":"D3"}"#,
        ])
        // Replaced after TWICE; after QUIT, either seen dead while idle or retried on a fresh child.
        #expect(starts == 3)
    }

    @Test func aChildRefusingItsOptionsFailsEachDocument() throws {
        let results = try runDocuments(try pipeline(greeting: "hello"), ["one"], jobs: 1)
        #expect(results == ["ids!'sh child.sh' refused its options: say hi shout!skipped: its input from 'ids' failed"])
    }

    @Test func aCommandThatCannotStartFailsEachDocument() throws {
        let results = try runDocuments(try pipeline(command: "[no-such-program-for-exec-tests]"), ["one"], jobs: 1)
        #expect(results == [
            "ids!cannot start 'no-such-program-for-exec-tests': No such file or directory "
                + "shout!skipped: its input from 'ids' failed",
        ])
    }

    @Test func declaredPortsAreTypeCheckedLikeSwiftOnes() {
        let found = pluginDiagnostics("""
            stages:
              - { id: shout, uses: upper }
              - id: child
                uses: exec
                with: { command: [sh, child.sh], inputs: { count: WordCount, text: Text? }, output: Text }
                inputs: { count: shout }
              - { id: twice, uses: double, inputs: { count: child, text: shout } }
            """, in: folder)
        #expect(found == [
            "6:22: stage 'child' input 'count' expects WordCount but 'shout' produces Text",
            "7:49: stage 'twice' input 'count' expects WordCount but 'child' produces Text",
        ])
    }

    @Test func badExecOptionsAreErrorsAtTheirKeys() {
        let found = pluginDiagnostics("""
            stages:
              - id: child
                uses: exec
                with: { output: Text }
              - id: other
                uses: exec
                with: { command: [sh], timeout: -1, shell: yes }
            """, in: folder)
        #expect(found == [
            "4:11: option 'command' of stage 'child': 'exec' needs a command",
            "7:41: stage 'other': unknown option 'shell'",
        ])
    }
}
