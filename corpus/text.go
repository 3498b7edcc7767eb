package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter is the metadata a .txt or .md file may carry between "---" lines.
type frontMatter struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title"`
	Outlet    string `yaml:"outlet"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
}

// ParseText reads one plain-text or Markdown article: optional YAML front
// matter, then the text. Without front matter the first line is the headline
// when it looks like one.
func ParseText(path string, data []byte) (*Article, *InputError) {
	if err := checkText(path, 1, data); err != nil {
		return nil, err
	}
	a := &Article{ID: idFromPath(path), Path: path, Line: 1, Raw: string(data)}
	body := 0
	if fm, end, line, ierr := splitFrontMatter(path, data); ierr != nil {
		return nil, ierr
	} else if end > 0 {
		var m frontMatter
		if err := yaml.Unmarshal(fm, &m); err != nil {
			l, msg := yamlError(fm, err)
			return nil, inputErr(path, line+l, "front matter: %s", msg)
		}
		if m.ID != "" {
			a.ID = m.ID
		}
		a.Title, a.Outlet, a.URL = strings.TrimSpace(m.Title), strings.TrimSpace(m.Outlet), strings.TrimSpace(m.URL)
		if m.Published != "" {
			p, err := NormalizeDate(m.Published)
			if err != nil {
				return nil, inputErr(path, line+fieldLine(fm, "published"), "front matter: published: %v", err)
			}
			a.Published, a.PublishedFrom = p, "front matter"
		}
		body = end
		if len(bytes.TrimSpace(data[end:])) == 0 {
			return nil, inputErr(path, 1, "empty: front matter but no article text")
		}
	}
	a.buildFrom(a.Raw, nil, buildOptions{body: body, markdown: strings.EqualFold(filepath.Ext(path), ".md")})
	if err := a.checkSentences(); err != nil {
		return nil, err
	}
	return a, nil
}

// splitFrontMatter finds a YAML block between a first line "---" and the next
// line "---" (or "..."). It returns the YAML, the byte offset where the body
// starts, and the file line of the YAML's first line.
func splitFrontMatter(path string, data []byte) ([]byte, int, int, *InputError) {
	d := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	skip := len(data) - len(d)
	if !bytes.HasPrefix(d, []byte("---\n")) && !bytes.HasPrefix(d, []byte("---\r\n")) {
		return nil, 0, 0, nil
	}
	start := bytes.IndexByte(d, '\n') + 1
	line := 2
	for i := start; i < len(d); {
		j := bytes.IndexByte(d[i:], '\n')
		end := len(d)
		if j >= 0 {
			end = i + j
		}
		l := strings.TrimRight(string(d[i:end]), "\r ")
		if l == "---" || l == "..." {
			next := end + 1
			if next > len(d) {
				next = len(d)
			}
			return d[start:i], skip + next, 2, nil
		}
		i = end + 1
		line++
	}
	return nil, 0, 0, inputErr(path, 1, "front matter: opening '---' has no closing '---'")
}

// yamlError turns a yaml.v3 error about front matter fm into the 0-based
// line of fm at fault and a message for people.
func yamlError(fm []byte, err error) (int, string) {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		// well-formed YAML with a value of the wrong type: its line is exact
		e := te.Errors[0]
		n := 0
		fmt.Sscanf(e, "line %d:", &n)
		if strings.Contains(e, "into corpus.frontMatter") {
			return max(n-1, 0), "want fields (id, title, outlet, url, published), got " + yamlKind(e)
		}
		key := fieldAt(fm, n-1)
		return max(n-1, 0), fmt.Sprintf("%s: want text, got %s", key, yamlKind(e))
	}
	// a syntax error: yaml's line is the start of the construct, not always
	// the line at fault, so find the longest prefix of lines that parses.
	lines := bytes.SplitAfter(fm, []byte("\n"))
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(msg, ": "); strings.HasPrefix(msg, "line ") && i >= 0 {
		msg = msg[i+2:]
	}
	if len(lines) > 200 {
		n := 0
		fmt.Sscanf(strings.TrimPrefix(err.Error(), "yaml: "), "line %d:", &n)
		return max(n-1, 0), msg
	}
	for k := len(lines) - 1; k > 0; k-- {
		var v any
		if yaml.Unmarshal(bytes.Join(lines[:k], nil), &v) == nil {
			return k, msg
		}
	}
	return 0, msg
}

func yamlKind(e string) string {
	switch {
	case strings.Contains(e, "!!seq"):
		return "a list"
	case strings.Contains(e, "!!map"):
		return "a mapping"
	}
	return "a value of another type"
}

// fieldAt returns the key on 0-based line i of fm.
func fieldAt(fm []byte, i int) string {
	ls := strings.Split(string(fm), "\n")
	if i < 0 || i >= len(ls) {
		return "a field"
	}
	k, _, ok := strings.Cut(strings.TrimSpace(ls[i]), ":")
	if !ok {
		return "a field"
	}
	return strings.TrimSpace(k)
}

// fieldLine returns the 0-based line of key in the YAML block, or 0.
func fieldLine(fm []byte, key string) int {
	for i, l := range strings.Split(string(fm), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), key+":") {
			return i
		}
	}
	return 0
}

var dateLayouts = []struct {
	layout string
	day    bool // date only
}{
	{"2006-01-02", true},
	{time.RFC3339, false},
	{time.RFC3339Nano, false},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02 15:04", false},
	{"2006-01-02 15:04:05Z07:00", false},
	{"2006-01-02 15:04:05 -0700", false},
	{time.RFC1123, false},
	{time.RFC1123Z, false},
	{"Mon, 2 Jan 2006 15:04:05 -0700", false},
	{"January 2, 2006", true},
	{"2 January 2006", true},
	{"Jan 2, 2006", true},
	{"2006/01/02", true},
}

// NormalizeDate parses a metadata date or date-time and returns it in ISO 8601:
// "2006-01-02" for a date, RFC 3339 for a date-time (in the zone given, UTC
// when none is).
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if l.day {
			return t.Format("2006-01-02"), nil
		}
		return t.Format(time.RFC3339), nil
	}
	return "", fmt.Errorf("%q is not a date (want YYYY-MM-DD or an RFC 3339 date-time)", s)
}
