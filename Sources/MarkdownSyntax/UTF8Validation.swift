/// A strict UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
///
/// Decoding with `String(decoding:)` would silently replace bad bytes; pmlint must instead
/// refuse the file, so that `--fix` can never rewrite replacement characters into it.
enum UTF8Validation {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = 0
            let n = buffer.count
            while i < n {
                // Markdown is nearly all ASCII: skip eight ASCII bytes at a time.
                while i + 8 <= n, buffer.word(at: i) & ByteWord.highBits == 0 {
                    i += 8
                }
                guard i < n else { break }
                let b0 = buffer[i]
                if b0 < 0x80 { i += 1; continue }
                let length: Int
                var lowerSecond: UInt8 = 0x80
                var upperSecond: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lowerSecond = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upperSecond = 0x9F
                case 0xF0: length = 4; lowerSecond = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upperSecond = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                let b1 = buffer[i + 1]
                guard b1 >= lowerSecond && b1 <= upperSecond else { return i }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }
}
