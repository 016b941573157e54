/// LSP 3.17 message types as plain `Codable` values.
