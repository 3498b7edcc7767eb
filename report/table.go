package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Width is the terminal width the table is laid out for.
const Width = 100

// label is the short name of article i in tables: its outlet when known, else
// its id (shortened).
func labels(r *Report) []string {
	out := make([]string, len(r.Articles))
	for i := range r.Articles {
		out[i] = "[" + strconv.Itoa(i+1) + "]"
	}
	return out
}

func articleIndex(r *Report) map[string]int {
	m := make(map[string]int, len(r.Articles))
	for i, a := range r.Articles {
		m[a.ID] = i
	}
	return m
}

// sideText renders one side: the value and who says it.
func sideText(r *Report, idx map[string]int, lab []string, s Side) string {
	var who []string
	for _, a := range s.Articles {
		who = append(who, lab[idx[a]])
	}
	return fmt.Sprintf("%s — %s", s.Value, strings.Join(who, " "))
}

func findingRows(r *Report, fs []Finding) [][]string {
	idx, lab := articleIndex(r), labels(r)
	var rows [][]string
	for _, f := range fs {
		var sides []string
		for _, s := range f.Sides {
			sides = append(sides, sideText(r, idx, lab, s))
		}
		rows = append(rows, []string{strings.TrimPrefix(f.ID, "f"), f.Topic, strings.Join(sides, "\n"), f.Verdict})
	}
	return rows
}

// WriteTable writes the conflict table for a terminal: one row per finding
// (topic, each side's value with the articles that give it, verdict), then the
// explanations and the article legend.
func WriteTable(w io.Writer, r *Report) error {
	if err := writeFindingsTable(w, r, r.Findings, false); err != nil {
		return err
	}
	if len(r.Omissions) > 0 {
		fmt.Fprintf(w, "\nReported by one source only (%d):\n", len(r.Omissions))
		if err := writeFindingsTable(w, r, r.Omissions, false); err != nil {
			return err
		}
	}
	writeLegend(w, r, false)
	return nil
}

// WriteMarkdown writes the same content as WriteTable in Markdown.
func WriteMarkdown(w io.Writer, r *Report) error {
	fmt.Fprintf(w, "# crosscheck: %d articles, %d findings\n\n", len(r.Articles), len(r.Findings))
	if err := writeFindingsTable(w, r, r.Findings, true); err != nil {
		return err
	}
	if len(r.Omissions) > 0 {
		fmt.Fprintf(w, "\n## Reported by one source only\n\n")
		if err := writeFindingsTable(w, r, r.Omissions, true); err != nil {
			return err
		}
	}
	writeLegend(w, r, true)
	return nil
}

func writeFindingsTable(w io.Writer, r *Report, fs []Finding, md bool) error {
	if len(fs) == 0 {
		fmt.Fprintln(w, "No disagreements found.")
		return nil
	}
	rows := findingRows(r, fs)
	var opts []tablewriter.Option
	if md {
		for _, row := range rows {
			for i := range row {
				row[i] = mdEscape(row[i])
			}
		}
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
	} else {
		opts = append(opts,
			tablewriter.WithRowAutoWrap(tw.WrapNormal),
			tablewriter.WithMaxWidth(Width),
			tablewriter.WithColumnWidths(tw.NewMapper[int, int]().Set(0, 3).Set(1, 28).Set(2, 48).Set(3, 11)),
			tablewriter.WithRowAlignment(tw.AlignLeft),
		)
	}
	t := tablewriter.NewTable(w, opts...)
	t.Header("#", "Topic", "What the sources say", "Verdict")
	if err := t.Bulk(rows); err != nil {
		return err
	}
	if err := t.Render(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, f := range fs {
		if md {
			fmt.Fprintf(w, "- **%s** (%s): %s\n", strings.TrimPrefix(f.ID, "f"), f.Verdict, f.Explanation)
		} else {
			fmt.Fprint(w, wrap(fmt.Sprintf("%s. %s: %s", strings.TrimPrefix(f.ID, "f"), f.Verdict, f.Explanation), Width, "   "))
		}
	}
	return nil
}

func writeLegend(w io.Writer, r *Report, md bool) {
	fmt.Fprintln(w)
	if md {
		fmt.Fprintln(w, "## Articles")
		fmt.Fprintln(w)
	} else {
		fmt.Fprintln(w, "Articles:")
	}
	for i, a := range r.Articles {
		pub := a.Published.Value
		switch {
		case pub != "":
		case a.Published.Begin != "" && a.Published.End != "":
			pub = "between " + a.Published.Begin + " and " + a.Published.End
		case a.Published.Begin != "":
			pub = "on or after " + a.Published.Begin
		case a.Published.End != "":
			pub = "before " + a.Published.End
		default:
			pub = "unknown"
		}
		src := ""
		if a.Published.Source != "" {
			src = ", from " + a.Published.Source
		}
		name := a.ID
		if a.Outlet != "" {
			name += " (" + a.Outlet + ")"
		}
		line := fmt.Sprintf("[%d] %s — published %s%s", i+1, name, pub, src)
		if a.Title != "" {
			line += ` — "` + a.Title + `"`
		}
		if md {
			fmt.Fprintf(w, "- %s\n", mdEscape(line))
		} else {
			fmt.Fprint(w, wrap(line, Width, "    "))
		}
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(w, "\nSkipped inputs (%d):\n", len(r.Skipped))
		for _, s := range r.Skipped {
			if s.Line > 0 {
				fmt.Fprintf(w, "  %s:%d: %s\n", s.Path, s.Line, s.Message)
			} else {
				fmt.Fprintf(w, "  %s: %s\n", s.Path, s.Message)
			}
		}
	}
}

// mdEscape keeps table cells intact: tablewriter's Markdown renderer does not
// escape '|', and line breaks become <br>.
func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// wrap breaks s into lines of at most width runes, indenting continuation
// lines.
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, word := range strings.Fields(s) {
		n := len([]rune(word))
		if i > 0 && line+1+n > width {
			b.WriteString("\n" + indent)
			line = len(indent)
		} else if i > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(word)
		line += n
	}
	b.WriteByte('\n')
	return b.String()
}

// WriteCSV writes one row per side of each finding: finding, topic, verdict,
// value, article, claim, quote, explanation.
func WriteCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"finding", "topic", "verdict", "value", "article", "published", "claim", "quote", "explanation"})
	idx := articleIndex(r)
	byID := make(map[string]*Claim, len(r.Claims))
	for i := range r.Claims {
		byID[r.Claims[i].ID] = &r.Claims[i]
	}
	emit := func(fs []Finding) {
		for _, f := range fs {
			for _, s := range f.Sides {
				if len(s.Claims) == 0 {
					for _, a := range s.Articles {
						cw.Write([]string{f.ID, f.Topic, f.Verdict, s.Value, a, r.Articles[idx[a]].Published.Value, "", "", f.Explanation})
					}
					continue
				}
				for _, id := range s.Claims {
					c := byID[id]
					cw.Write([]string{f.ID, f.Topic, f.Verdict, s.Value, c.Article, r.Articles[idx[c.Article]].Published.Value, id, c.Text, f.Explanation})
				}
			}
		}
	}
	emit(r.Findings)
	emit(r.Omissions)
	cw.Flush()
	return cw.Error()
}
