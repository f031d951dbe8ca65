import Testing
@testable import CitegraphCommands

@Suite struct HTMLTextTests {
    @Test func escapesMarkupFromDocumentTitles() {
        let title = #"<script>alert("x")</script> & 'Women, peace and security'"#
        #expect(HTMLText.escape(title) == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Women, peace and security&#39;")
    }

    @Test func linksSymbolsToUndocs() {
        #expect(HTMLText.undocsLink("S/RES/2518 (2020)") == "https://undocs.org/S/RES/2518%20(2020)")
        #expect(HTMLText.undocsLink("S/PRST/2018/10") == "https://undocs.org/S/PRST/2018/10")
        #expect(HTMLText.undocsLink("javascript:alert(1)\"") == "https://undocs.org/javascript%3Aalert(1)%22")
    }
}
