import Foundation
import Testing
@testable import CitegraphCommands

@Suite struct JSONValueTests {
    @Test func writesKeysInOrderWithNullsAndEscapes() throws {
        let record = JSONValue.object([
            ("source", .string("S/RES/2531 (2020)")),
            ("target", .string("S/PRST/2018/10")),
            ("quote", .string("\"Presidential Statement\" of 14 May 2018\n(S/PRST/2018/10)\\")),
            ("theme", .optional(nil as String?)),
            ("meeting", .integer(8752)),
            ("score", .number(0.25)),
            ("suspect", .bool(false)),
        ])
        let line = record.serialized()
        #expect(line == #"{"source":"S/RES/2531 (2020)","target":"S/PRST/2018/10","quote":"\"Presidential Statement\" of 14 May 2018\n(S/PRST/2018/10)\\","theme":null,"meeting":8752,"score":0.25,"suspect":false}"#)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(parsed["quote"] as? String == "\"Presidential Statement\" of 14 May 2018\n(S/PRST/2018/10)\\")
        #expect(parsed["theme"] is NSNull)
    }

    @Test func keepsNonASCIITextAndEscapesControls() {
        #expect(JSONValue.string("第2250号决议\u{1}").serialized() == "\"第2250号决议\\u0001\"")
    }
}
