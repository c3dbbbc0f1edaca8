import Foundation
import Testing

/// `--plugin` and `exec` as a user meets them on the command line.
struct PluginCommandTests {
    @Test func aMissingPluginOnTheCommandLineExitsTwoWithAHint() throws {
        let outcome = try CommandRunner.run(["stages", "--plugin", "build/libnothing.so"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("""
            error: --plugin: plugin 'build/libnothing.so' not found
            note: a path under 'plugins:' is relative to the pipeline file's folder, a '--plugin' path to the working directory
            """))
    }

    @Test func aPluginNamedInTheFileIsReportedAtItsLine() throws {
        let root = try CommandRunner.temporaryFolder()
        try CommandRunner.write("not a library\n", to: root.appendingPathComponent("notes.txt"))
        try CommandRunner.write("""
            plugins:
              - notes.txt
            stages:
              - { id: tokens, uses: tokenize }
            """, to: root.appendingPathComponent("p.yaml"))
        let outcome = try CommandRunner.run(["validate", "p.yaml"], in: root)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("p.yaml:2:5: error: plugin './notes.txt' is not a shared library: "))
        #expect(outcome.stderr.contains("  - notes.txt\n    ^\n"))
    }

    @Test func anExecStageInShRunsNextToBuiltIns() throws {
        let root = try CommandRunner.temporaryFolder()
        // Answers each document with its number of tokens, read from tokenize's output.
        try CommandRunner.write(#"""
            read -r setup
            echo '{"ok":true}'
            while read -r line; do
              n=$(printf '%s' "$line" | grep -o '"kind":"word"' | wc -l | tr -d ' ')
              echo "{\"output\":{\"words\":$n}}"
            done
            """#, to: root.appendingPathComponent("words.sh"))
        try CommandRunner.write("""
            input: { format: text }
            stages:
              - { id: tokens, uses: tokenize }
              - id: words
                uses: exec
                with: { command: [sh, words.sh], inputs: { tokens: TokenizedText }, output: WordTotal }
            output: { stages: [words] }
            """, to: root.appendingPathComponent("p.yaml"))
        try CommandRunner.write("Three small words.\n", to: root.appendingPathComponent("in/a.txt"))
        let outcome = try CommandRunner.run(["run", "p.yaml", "in", "-o", "-", "--quiet"], in: root)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(#""outputs":{"words":{"words":3}}"#))
        let stages = try CommandRunner.run(["stages"])
        #expect(stages.stdout.contains("exec  (built-in, version 1)"))
    }
}
