package corpus

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		desc, raw, text string
		// a normalized range and the raw text it must map to
		start, end int
		rawText    string
	}{
		{"curly quotes", "“Yes,” she said", `"Yes," she said`, 0, 6, "“Yes,”"},
		{"no-break space", "5\u00a0km", "5 km", 1, 2, "\u00a0"},
		{"em dash", "MOSCOW — Talks", "MOSCOW - Talks", 0, 8, "MOSCOW —"},
		{"ellipsis inside", "wait… now", "wait... now", 4, 6, "…"},
		{"NFD to NFC", "Jose\u0301!", "José!", 0, 5, "Jose\u0301"},
		{"CRLF: the line's end stops before the CR", "one\r\ntwo", "one\ntwo", 0, 3, "one"},
		{"CRLF: the next line starts after the LF", "one\r\ntwo", "one\ntwo", 4, 7, "two"},
		{"zero-width space dropped", "a\u200bb", "ab", 1, 2, "b"},
		{"soft hyphen dropped at a span end", "co\u00adop", "coop", 0, 2, "co"},
		{"tab to space", "a\tb", "a b", 0, 3, "a\tb"},
		{"line separator to newline", "a\u2028b", "a\nb", 2, 3, "b"},
		{"empty", "", "", 0, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			text, m := Normalize(tc.raw)
			if text != tc.text {
				t.Fatalf("Normalize(%q) = %q, want %q", tc.raw, text, tc.text)
			}
			sp := m.RawSpan(tc.start, tc.end)
			if got := tc.raw[sp.Start:sp.End]; got != tc.rawText {
				t.Errorf("RawSpan(%d, %d) = %v %q, want %q", tc.start, tc.end, sp, got, tc.rawText)
			}
			checkMap(t, tc.raw, text, m)
		})
	}
}

// checkMap asserts the invariants of a map from text to raw: offsets are
// monotonic and in range, rune boundaries of text map to rune boundaries of
// raw, and the raw span of every sentence is valid UTF-8.
func checkMap(t *testing.T, raw, text string, m *OffsetMap) {
	t.Helper()
	prev, prevEnd := 0, 0
	for n := 0; n <= len(text); n++ {
		r, e := m.Raw(n), m.RawEnd(n)
		if r < prev || e < prevEnd {
			t.Fatalf("not monotonic at %d: Raw %d after %d, RawEnd %d after %d", n, r, prev, e, prevEnd)
		}
		if r < 0 || r > len(raw) || e < 0 || e > len(raw) {
			t.Fatalf("out of range at %d: Raw %d, RawEnd %d, raw has %d bytes", n, r, e, len(raw))
		}
		if runeStart(text, n) && (!runeStart(raw, r) || !runeStart(raw, e)) {
			t.Fatalf("offset %d maps inside a rune: Raw %d, RawEnd %d in %q", n, r, e, raw)
		}
		prev, prevEnd = r, e
	}
	for _, s := range Segment(text) {
		sp := m.RawSpan(s[0], s[1])
		if !utf8.ValidString(raw[sp.Start:sp.End]) {
			t.Fatalf("sentence %v maps to %v, invalid UTF-8 %q", s, sp, raw[sp.Start:sp.End])
		}
	}
}

func runeStart(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// TestCompose checks that a composed map is the two maps applied in turn, on
// the two steps of the HTML reader: extraction (entities decoded, markup
// dropped), then normalization of the extracted text.
func TestCompose(t *testing.T) {
	pages := []string{
		"<p>&ldquo;Caf&eacute;&rdquo; &mdash; cr\u00e8me&nbsp;br&ucirc;l&eacute;e&hellip;</p>\r\n<p>Jose&#769; said: &#8216;no&#8217;.</p>",
		"<p>plain <b>ascii</b> text</p>",
		"<div>&#8203;&#8203;zero width first<br>then a break &amp; more</div>",
		"<p>“Already curly” — and\u00a0spaced</p><p>&copy2024 legacy &notit; entity</p>",
	}
	for _, page := range pages {
		data := []byte(page)
		x := &extractor{data: data, m: &OffsetMap{rawN: len(data)}, space: -1}
		x.walk(parseHTMLTree(data), 0, true)
		mid := x.b.String()
		x.m.nN = len(mid)
		x.m.add(len(mid), x.lastEnd, 0, true)
		text, inner := Normalize(mid)
		c := x.m.Compose(inner)
		for n := 0; n <= len(text); n++ {
			if got, want := c.Raw(n), x.m.Raw(inner.Raw(n)); got != want {
				t.Errorf("%q: Compose.Raw(%d) = %d, want %d", page, n, got, want)
			}
		}
		checkMap(t, page, text, c)
	}
}

// TestNormalizeFoldsEverySpace: every rune unicode.IsSpace knows becomes
// ASCII white space, so that trimming on ASCII is enough (found by
// FuzzParseText: a sentence made of U+0085 alone).
func TestNormalizeFoldsEverySpace(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		if !unicode.IsSpace(r) {
			continue
		}
		text, _ := Normalize("a" + string(r) + "b")
		if len(text) > 3 || len(text) == 3 && !isSpace(text[1]) {
			t.Errorf("U+%04X normalizes to %q", r, text)
		}
	}
}
