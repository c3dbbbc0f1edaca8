// The ABI is a header only; SwiftPM needs one source file in a C target.
