// swift-tools-version:6.0
import PackageDescription

/// The layers of pmlint, from the bottom up. Data flows one way:
/// Markdown bytes → syntax tree → postmortem model → rule findings → CLI or language server.
let package = Package(
    name: "pmlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pmlint", targets: ["pmlint"]),
        .executable(name: "pmlint-lsp", targets: ["pmlint-lsp"]),
    ],
    targets: [
        // Markdown block/inline parsing with exact positions. Knows nothing about postmortems.
        .target(name: "MarkdownSyntax"),
        // Reads sections, metadata, action items and the timeline out of a syntax tree.
        .target(name: "PostmortemModel", dependencies: ["MarkdownSyntax"]),
        // Rules, configuration, profiles, suppression comments and fixes.
        .target(name: "LintEngine", dependencies: ["MarkdownSyntax", "PostmortemModel"]),
        // Plain Codable LSP 3.17 values.
        .target(name: "LSPTypes"),
        // Content-Length framed JSON-RPC 2.0 over byte streams. Knows nothing about Markdown.
        .target(name: "JSONRPC"),
        // Translates LSP requests into engine calls.
        .target(name: "LanguageServer", dependencies: ["LintEngine", "LSPTypes", "JSONRPC"]),
        // A folder of postmortems at a glance: the figures `pmlint report` renders.
        .target(name: "ArchiveReport", dependencies: ["LintEngine", "PostmortemModel"]),
        // The command-line front end as a library, so tests can drive it in-process.
        .target(name: "PMLintCLI", dependencies: ["LintEngine", "ArchiveReport"]),
        .executableTarget(name: "pmlint", dependencies: ["PMLintCLI"]),
        .executableTarget(name: "pmlint-lsp", dependencies: ["LanguageServer", "LintEngine"]),

        .testTarget(
            name: "MarkdownSyntaxTests", dependencies: ["MarkdownSyntax"],
            // The CommonMark reference side of the differential test, run with python3.
            exclude: ["Differential/markdown_it_blocks.py"]),
        .testTarget(name: "PostmortemModelTests", dependencies: ["PostmortemModel"]),
        .testTarget(name: "LintEngineTests", dependencies: ["LintEngine"]),
        // Drives the command line in-process and as the built executable.
        .testTarget(name: "CLITests", dependencies: ["PMLintCLI", "LintEngine", "pmlint"], exclude: ["Golden"]),
        // Fuzz regression corpus, generated-document properties, pathological inputs and
        // in-process server sessions; shares its invariant checks with the fuzzers in Fuzz/.
        .testTarget(name: "RobustnessTests", dependencies: ["LintEngine", "MarkdownSyntax", "PostmortemModel", "JSONRPC",
                                                           "LSPTypes", "LanguageServer", "PMLintCLI"]),
        // Drives the built `pmlint-lsp` through stdio, and compares it with the built `pmlint`;
        // depends on both so `swift test` builds them.
        .testTarget(name: "LanguageServerTests", dependencies: ["JSONRPC", "LintEngine", "MarkdownSyntax", "pmlint-lsp", "pmlint"]),
        // Real editors (Neovim, Emacs), pre-commit and the README's CI example driving the
        // built executables; each suite skips, saying why, when its program is not installed.
        .testTarget(name: "IntegrationTests", dependencies: ["pmlint", "pmlint-lsp"], exclude: ["Scripts"]),
    ]
)
