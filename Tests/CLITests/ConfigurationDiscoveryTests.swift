import Testing
import LintEngine
import PostmortemModel

/// Which `.pmlint.json` governs a file: the one nearest its own folder, never one found
/// from the working directory, never one above the repository root.
@Suite struct ConfigurationDiscoveryTests {
    @Test func theNearestConfigurationWins() throws {
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        folder.write(".pmlint.json", #"{"profile": "internal"}"#)
        folder.write("customer/.pmlint.json", #"{"profile": "external"}"#)
        let resolver = ConfigurationResolver(currentDirectory: folder.path)
        let inner = try resolver.configuration(forFile: folder.file("customer/reports/2024/outage.md"))
        let outer = try resolver.configuration(forFile: folder.file("internal/outage.md"))
        #expect(inner.defaultProfile == "external")
        #expect(inner.file == folder.file("customer/.pmlint.json"))
        #expect(outer.file == folder.file(".pmlint.json"))
    }

    @Test func theWorkingDirectoryPlaysNoPart() throws {
        let folder = TemporaryFolder()
        folder.makeFolder("a/.git")
        folder.makeFolder("b/.git")
        folder.write("b/.pmlint.json", #"{"profile": "external"}"#)
        // Run "from" b, lint a file in a: b's configuration must not apply.
        let resolver = ConfigurationResolver(currentDirectory: folder.file("b"))
        let configuration = try resolver.configuration(forFile: "../a/outage.md")
        #expect(configuration.file == nil)
        #expect(configuration.defaultProfile == "internal")
    }

    @Test func theSearchStopsAtTheRepositoryRoot() throws {
        let folder = TemporaryFolder()
        folder.write(".pmlint.json", #"{"profile": "external"}"#)
        folder.makeFolder("repo/.git")
        let configuration = try ConfigurationResolver().configuration(forFile: folder.file("repo/docs/outage.md"))
        #expect(configuration.file == nil)
    }

    @Test func anExplicitConfigurationReplacesDiscovery() throws {
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        folder.write(".pmlint.json", #"{"profile": "internal"}"#)
        folder.write("ci/strict.json", #"{"profile": "external"}"#)
        let resolver = ConfigurationResolver(explicitPath: "ci/strict.json", currentDirectory: folder.path)
        let configuration = try resolver.configuration(forFile: folder.file("outage.md"))
        #expect(configuration.defaultProfile == "external")
        #expect(configuration.origins["profile"] == folder.file("ci/strict.json"))
    }

    @Test func aFileWithoutAFolderGetsTheDefaults() throws {
        let configuration = try ConfigurationResolver().configuration(forFile: nil)
        #expect(configuration.file == nil)
        #expect(configuration.defaultProfile == "internal")
    }

    @Test func aChangedConfigurationIsReadAgainAfterInvalidation() throws {
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        folder.write(".pmlint.json", #"{"profile": "internal"}"#)
        let resolver = ConfigurationResolver()
        #expect(try resolver.configuration(forFile: folder.file("a.md")).defaultProfile == "internal")
        folder.write(".pmlint.json", #"{"profile": "external"}"#)
        #expect(try resolver.configuration(forFile: folder.file("a.md")).defaultProfile == "internal")
        resolver.invalidate()
        #expect(try resolver.configuration(forFile: folder.file("a.md")).defaultProfile == "external")
    }

    @Test func theProfileOverrideWinsAndSaysWhereItCameFrom() throws {
        let folder = TemporaryFolder()
        folder.makeFolder(".git")
        folder.write(".pmlint.json", #"{"profile": "internal"}"#)
        let resolver = ConfigurationResolver(overrides: ConfigurationOverrides(profile: "external", origin: "--profile"))
        let configuration = try resolver.configuration(forFile: folder.file("a.md"))
        #expect(configuration.profileOverride == "external")
        #expect(configuration.origins["profile"] == "--profile")
    }
}
