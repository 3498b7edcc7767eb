package report

import (
	"embed"
	"html/template"
	"io"
	"strings"
)

//go:embed templates/report.html
var templates embed.FS

var htmlReport = template.Must(template.New("report.html").Funcs(template.FuncMap{"join": strings.Join}).ParseFS(templates, "templates/report.html"))

// WriteHTML writes the findings as a self-contained HTML page (no scripts,
// no outside resources): the conflict table with every side's quotes, then
// the articles. html/template escapes all article text.
func WriteHTML(w io.Writer, r *Report) error {
	return htmlReport.Execute(w, r)
}
