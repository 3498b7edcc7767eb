package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteExtract writes what was found in each article, without comparison:
// publication date, dates, named entities and claims. md selects Markdown.
func WriteExtract(w io.Writer, r *Report, md bool) error {
	ents := map[string]*Entity{}
	for i := range r.Entities {
		ents[r.Entities[i].ID] = &r.Entities[i]
	}
	name := func(p *string) string {
		if p == nil {
			return ""
		}
		if e, ok := ents[*p]; ok {
			return e.Name
		}
		return *p
	}
	h := func(level int, s string) {
		if md {
			fmt.Fprintf(w, "%s %s\n\n", strings.Repeat("#", level), mdEscape(s))
		} else {
			fmt.Fprintln(w, s)
		}
	}
	item := func(s string) {
		if md {
			fmt.Fprintf(w, "- %s\n", mdEscape(s))
		} else {
			fmt.Fprint(w, wrap("  "+s, Width, "      "))
		}
	}
	for i, a := range r.Articles {
		if i > 0 {
			fmt.Fprintln(w)
		}
		title := a.ID
		if a.Title != "" {
			title += ` — "` + a.Title + `"`
		}
		h(2, title)
		pub := a.Published.Value
		if pub == "" {
			pub = "unknown"
		}
		item(fmt.Sprintf("published: %s (%s) %s", pub, a.Published.Source, a.Published.Evidence))
		for _, t := range r.Timexes {
			if t.Article == a.ID {
				v := t.Value
				if t.Mod != "" {
					v += " " + t.Mod
				}
				item(fmt.Sprintf("date @%d: %q = %s %s", t.Start, t.Text, t.Type, v))
			}
		}
		for _, e := range r.Entities {
			var forms []string
			seen := map[string]bool{}
			for _, m := range e.Mentions {
				if m.Article == a.ID && !seen[m.Text] {
					seen[m.Text] = true
					forms = append(forms, m.Text)
				}
			}
			if len(forms) > 0 {
				item(fmt.Sprintf("%s %s (%s): %s", e.Type, e.Name, e.ID, strings.Join(forms, "; ")))
			}
		}
		for _, c := range r.Claims {
			if c.Article != a.ID {
				continue
			}
			var parts []string
			parts = append(parts, c.Predicate+"(")
			args := []string{name(c.Subject)}
			if c.Object != nil {
				args = append(args, name(c.Object))
			}
			parts[0] += strings.Join(args, ", ") + ")"
			if c.Place != nil {
				parts = append(parts, "at "+name(c.Place))
			}
			if c.Time != nil {
				parts = append(parts, "time "+strings.TrimSpace(c.Time.Value+" "+c.Time.Mod))
			}
			if c.Ordinal != nil {
				parts = append(parts, "ordinal "+strconv.Itoa(*c.Ordinal))
			}
			if c.Negated {
				parts = append(parts, "negated")
			}
			if c.Modality != "" && c.Modality != "asserted" {
				parts = append(parts, c.Modality)
			}
			if c.Attribution != nil {
				parts = append(parts, "per "+*c.Attribution)
			}
			item(fmt.Sprintf("%s %s: %q", c.ID, strings.Join(parts, " "), c.Text))
		}
	}
	return nil
}

// WriteExtractCSV writes one row per date, mention and claim.
func WriteExtractCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"article", "kind", "id", "start", "end", "text", "type", "value"})
	for _, t := range r.Timexes {
		cw.Write([]string{t.Article, "date", "", strconv.Itoa(t.Start), strconv.Itoa(t.End), t.Text, t.Type, strings.TrimSpace(t.Value + " " + t.Mod)})
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			cw.Write([]string{m.Article, "mention", e.ID, strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Text, e.Type, e.Name})
		}
	}
	for _, c := range r.Claims {
		v := ""
		if c.Time != nil {
			v = c.Time.Value
		}
		cw.Write([]string{c.Article, "claim", c.ID, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Text, c.Predicate, v})
	}
	cw.Flush()
	return cw.Error()
}
