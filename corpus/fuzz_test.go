package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Fuzz targets for the readers and the segmenter. Seeds come from the test
// tables and fixtures of this package; crashers found are kept under
// testdata/fuzz/<Target>/ and run as regression cases by go test.

func FuzzNormalize(f *testing.F) {
	for _, tc := range readerTests {
		f.Add(tc.in)
	}
	for _, r := range goldenRules {
		f.Add(r.in)
	}
	f.Add("Jose\u0301 “x” —\u00a0y…\r\n\u200b\u2028z")
	f.Fuzz(func(t *testing.T, raw string) {
		text, m := Normalize(raw) // must not panic, whatever the bytes
		if !utf8.ValidString(raw) {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", raw, text)
		}
		checkMap(t, raw, text, m)
	})
}

func FuzzSegment(f *testing.F) {
	for _, r := range goldenRules {
		f.Add(r.in)
	}
	for _, r := range goldenRulesNotFollowed {
		f.Add(r.in)
	}
	for _, r := range segmentNewsTests {
		f.Add(r.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Segment(text)
		if !utf8.ValidString(text) {
			return
		}
		covered := make([]bool, len(text))
		last := 0
		for _, s := range spans {
			if s[0] < last || s[0] >= s[1] || s[1] > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, last, text)
			}
			last = s[1]
			sent := text[s[0]:s[1]]
			if !utf8.ValidString(sent) {
				t.Fatalf("span %v cuts a rune: %q", s, sent)
			}
			if strings.TrimSpace(sent) != sent && strings.Trim(sent, " \t\r\f\v") != sent {
				t.Fatalf("span %v not trimmed: %q", s, sent)
			}
			if strings.Contains(sent, "\n") {
				t.Fatalf("span %v crosses a line: %q", s, sent)
			}
			for i := s[0]; i < s[1]; i++ {
				covered[i] = true
			}
		}
		for i := 0; i < len(text); i++ {
			if !covered[i] && !isSpace(text[i]) {
				t.Fatalf("byte %d (%q) of %q is in no sentence", i, text[i], text)
			}
		}
	})
}

func FuzzParseText(f *testing.F) {
	for _, tc := range readerTests {
		if strings.HasSuffix(tc.name, ".txt") || strings.HasSuffix(tc.name, ".md") {
			f.Add([]byte(tc.in), strings.HasSuffix(tc.name, ".md"))
		}
	}
	for _, tc := range badInputTests {
		for name, c := range tc.files {
			if strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".md") {
				f.Add([]byte(c), strings.HasSuffix(name, ".md"))
			}
		}
	}
	addStories(f, func(data []byte) { f.Add(data, false) })
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		path := "f.txt"
		if md {
			path = "f.md"
		}
		a, err := ParseText(path, data)
		checkResult(t, path, data, a, err)
	})
}

func FuzzJSONL(f *testing.F) {
	for _, tc := range readerTests {
		if strings.HasSuffix(tc.name, ".jsonl") || strings.HasSuffix(tc.name, ".json") {
			f.Add([]byte(tc.in))
		}
	}
	for _, tc := range badInputTests {
		for name, c := range tc.files {
			if strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".json") {
				f.Add([]byte(c))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := ReadJSONL("f.jsonl", bytes.NewReader(data), Options{MaxBytes: 1 << 16})
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for _, e := range errs {
			if e.Path != "f.jsonl" || e.Line < 0 || e.Line > lines || e.Msg == "" {
				t.Fatalf("bad error %+v for %d lines", e, lines)
			}
		}
		for _, a := range arts {
			if a.Line < 1 || a.Line > lines {
				t.Fatalf("article line %d of %d", a.Line, lines)
			}
			checkArticleInvariants(t, a)
		}
		// the same bytes as a .json file
		arts, errs = parseJSON("f.json", data)
		for _, e := range errs {
			if e.Path != "f.json" || e.Line < 0 || e.Line > lines || e.Msg == "" {
				t.Fatalf("bad error %+v for %d lines", e, lines)
			}
		}
		for _, a := range arts {
			checkArticleInvariants(t, a)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, tc := range badInputTests {
		for name, c := range tc.files {
			if strings.HasSuffix(name, ".html") {
				f.Add([]byte(c))
			}
		}
	}
	f.Add([]byte("<p>a &amp b &#x2014; c&nbsp;d &copy2024 &notit; &#0; &#xD800;</p><p>Next one.</p>"))
	f.Add([]byte("<table><tr><td>One.<td>Two.</table><ul><li>a<li>b</ul><p>x<p>y"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseHTML("f.html", data)
		checkResult(t, "f.html", data, a, err)
	})
}

// checkResult checks what a one-article reader returned for data.
func checkResult(t *testing.T, path string, data []byte, a *Article, err *InputError) {
	t.Helper()
	if (a == nil) == (err == nil) {
		t.Fatalf("want exactly one of article and error, got %v and %v", a, err)
	}
	if err != nil {
		lines := bytes.Count(data, []byte{'\n'}) + 1
		if err.Path != path || err.Line < 0 || err.Line > lines || err.Msg == "" {
			t.Fatalf("bad error %+v for %d lines", err, lines)
		}
		return
	}
	if a.Raw != string(data) {
		t.Fatalf("Raw is not the input")
	}
	checkArticleInvariants(t, a)
}

// checkArticleInvariants: blocks and sentences are in order and in range,
// sentences lie in their block, and every span maps to valid raw UTF-8.
func checkArticleInvariants(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatalf("Text is not UTF-8")
	}
	checkMap(t, a.Raw, a.Text, a.Map)
	last := 0
	for _, b := range a.Blocks {
		if b.Start < last || b.Start > b.End || b.End > len(a.Text) {
			t.Fatalf("bad block %+v after %d (text %d bytes)", b, last, len(a.Text))
		}
		last = b.End
	}
	last = 0
	for i, s := range a.Sentences {
		b := a.Blocks[s.Block]
		if s.Start < last || s.Start >= s.End || s.Start < b.Start || s.End > b.End {
			t.Fatalf("bad sentence %d %+v in block %+v after %d", i, s, b, last)
		}
		if b.Kind != Paragraph && b.Kind != Headline {
			t.Fatalf("sentence %d in a %s block", i, b.Kind)
		}
		last = s.End
		sp := a.RawSpan(s.Start, s.End)
		if sp.Start < 0 || sp.End > len(a.Raw) || sp.Start > sp.End || !utf8.ValidString(a.Raw[sp.Start:sp.End]) {
			t.Fatalf("sentence %d maps to bad raw span %v", i, sp)
		}
		if r, _ := utf8.DecodeRuneInString(a.SentenceText(i)); unicode.IsSpace(r) {
			t.Fatalf("sentence %d starts with a space: %q", i, a.SentenceText(i))
		}
	}
	if d := a.Dateline; d != nil && (d.Start < 0 || d.End > len(a.Text) || d.Start >= d.End) {
		t.Fatalf("bad dateline %+v", d)
	}
}

// addStories adds the reference story's articles as seeds when ../shared is
// there (the fuzzer only reads them; they are never copied into the repo).
func addStories(f *testing.F, add func([]byte)) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "stories", "*", "0*.txt"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			add(data)
		}
	}
}
