import Foundation
import Testing

/// Whoever adopts or mirrors pmlint needs to know on which terms: one licence, written out in
/// full, named the same way by the README and by the packaged editor extension.
struct LicenseTests {
    @Test func theRepositoryCarriesTheFullApacheLicenseText() throws {
        let license = try String(contentsOfFile: Programs.repository + "/LICENSE", encoding: .utf8)
        #expect(license.trimmingCharacters(in: .whitespaces).hasPrefix("Apache License") && license.contains("Version 2.0, January 2004"))
        // The whole text, not a pointer to it: the terms, the definitions and their end.
        for clause in ["1. Definitions.", "2. Grant of Copyright License.", "3. Grant of Patent License.", "4. Redistribution.",
                       "9. Accepting Warranty or Additional Liability.", "END OF TERMS AND CONDITIONS"] {
            #expect(license.contains(clause), "LICENSE lacks \(clause)")
        }
    }

    @Test func theReadmeAndTheEditorExtensionNameTheSameLicence() throws {
        let readme = try String(contentsOfFile: Programs.repository + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## License\n").dropFirst().first, "the README has no License section")
        #expect(section.contains("Apache License, Version 2.0") && section.contains("(LICENSE)"), "\(section.prefix(300))")
        let manifest = try Data(contentsOf: URL(fileURLWithPath: Programs.repository + "/editors/vscode/package.json"))
        let package = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        #expect(package["license"] as? String == "Apache-2.0")
    }
}
