import ArchiveReport

/// Section 5: services, tickets and incident IDs that come back, as PM301–PM303 find them.
enum RecurrenceHTML {
    /// Documents shown in one row of a table; a service that keeps failing in a large
    /// archive would otherwise list thousands.
    static let documentsPerRow = 20

    static func html(_ page: ReportPage) -> String {
        let recurrence = page.report.recurrence
        var out = "<section id=\"recurrence\" aria-labelledby=\"recurrence-heading\"><h2 id=\"recurrence-heading\">Recurrence</h2>"
        out += "<p>What <code>pmlint lint</code> reports over this folder as PM301 recurring-service, PM302 shared-open-ticket and PM303 duplicate-incident-id.</p>"
        func dated(_ index: Int) -> String {
            page.link(index) + " (" + ReportPage.dateText(page.report.documents[index].date) + ")"
        }
        /// The first documents of a row, one per line, and how many more the JSON lists.
        func documents(_ indexes: [Int], _ show: (Int) -> String) -> HTMLTable.Cell {
            var html = indexes.prefix(documentsPerRow).map(show).joined(separator: "<br>")
            if indexes.count > documentsPerRow {
                html += "<br>… and \(indexes.count - documentsPerRow) more (all in <code>--format json</code>)"
            }
            return HTMLTable.Cell(html: html)
        }
        out += table(id: "recurring-services", title: "Services affected by incidents within 90 days of each other",
                     headers: ["Service", "Incidents", "Documents"], empty: "No service was affected twice within 90 days.",
                     rows: recurrence.services.map { [.text($0.service), .number($0.entries.count), documents($0.entries, dated)] })
        out += table(id: "shared-tickets", title: "Tickets left open by several postmortems",
                     headers: ["Ticket", "Documents", "Left open by"], empty: "No open ticket is shared by two postmortems.",
                     rows: recurrence.tickets.map { [.text($0.ticket), .number($0.entries.count), documents($0.entries) { page.link($0) }] })
        out += table(id: "duplicate-ids", title: "Incident IDs given by several documents",
                     headers: ["Incident ID", "Documents", "Given by"], empty: "Every incident ID is given once.",
                     rows: recurrence.duplicateIDs.map { [.text($0.id), .number($0.entries.count), documents($0.entries) { page.link($0) }] })
        return out + "</section>\n"
    }

    private static func table(id: String, title: String, headers: [String], empty: String, rows: [[HTMLTable.Cell]]) -> String {
        var out = "<h3 id=\"\(id)-heading\">\(HTMLText.escape(title))</h3>"
        guard !rows.isEmpty else { return out + "<p id=\"\(id)\">\(HTMLText.escape(empty))</p>" }
        let (shown, note) = ReportPage.limited(rows, what: "rows")
        out += HTMLTable(caption: title, headers: headers, rows: Array(shown), id: id, note: note).html
        return out
    }
}
