package corpus

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold maps runes that vary between outlets to the ASCII form analysis
// expects. A rune mapped to "" is dropped (zero-width and soft-hyphen marks).
var fold = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
	'\u201C': `"`, '\u201D': `"`, '\u201E': `"`, '\u201F': `"`, '\u2033': `"`, '\u00AB': `"`, '\u00BB': `"`,
	'\u00A0': " ", '\u1680': " ", '\u2000': " ", '\u2001': " ", '\u2002': " ", '\u2003': " ", '\u2004': " ", '\u2005': " ", '\u2006': " ",
	'\u2007': " ", '\u2008': " ", '\u2009': " ", '\u200A': " ", '\u202F': " ", '\u205F': " ", '\u3000': " ",
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u2026': "...",
	'\u200B': "", '\u200C': "", '\u200D': "", '\u2060': "", '\uFEFF': "", '\u00AD': "",
	'\r':     "", // CRLF becomes LF; a lone CR is dropped too
	'\t':     " ",
	'\u2028': "\n", '\u2029': "\n", '\u0085': "\n", // line and paragraph separators, NEXT LINE
}

// Normalize folds raw UTF-8 text into the form analysis runs on and returns it
// with the map back to raw offsets. raw must be valid UTF-8.
func Normalize(raw string) (string, *OffsetMap) {
	m := &OffsetMap{rawN: len(raw)}
	if plainASCII(raw) {
		// nothing to fold: the text is the raw string itself, not a copy
		m.nN = len(raw)
		m.add(0, 0, 0, true)
		return raw, m
	}
	src := raw
	// NFC first, keeping positions: norm.Iter yields normalized segments with
	// their raw start. The common case (already NFC) skips it.
	type seg struct {
		text string
		src  string // the raw bytes it came from
		pos  int
		same bool
	}
	var segs []seg
	if norm.NFC.IsNormalString(src) {
		segs = []seg{{src, src, 0, true}}
	} else {
		var it norm.Iter
		it.InitString(norm.NFC, src)
		for !it.Done() {
			p := it.Pos()
			out := string(it.Next())
			segs = append(segs, seg{out, src[p:it.Pos()], p, out == src[p:it.Pos()]})
		}
	}
	var b strings.Builder
	b.Grow(len(raw))
	for _, s := range segs {
		if !s.same {
			m.add(b.Len(), s.pos, s.pos+len(s.src), false)
			b.WriteString(foldString(s.text))
			continue
		}
		t := s.text
		start := 0
		for i := 0; i < len(t); {
			c := t[i]
			if c < utf8.RuneSelf && c != '\r' && c != '\t' {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(t[i:])
			rep, ok := fold[r]
			if !ok {
				i += size
				continue
			}
			if start < i {
				m.add(b.Len(), s.pos+start, 0, true)
				b.WriteString(t[start:i])
			}
			m.add(b.Len(), s.pos+i, s.pos+i+size, false)
			b.WriteString(rep)
			i += size
			start = i
		}
		if start < len(t) {
			m.add(b.Len(), s.pos+start, 0, true)
			b.WriteString(t[start:])
		}
	}
	out := b.String()
	m.nN = len(out)
	m.add(len(out), len(raw), 0, true)
	return out, m
}

func foldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		if rep, ok := fold[r]; ok {
			b.WriteString(rep)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plainASCII reports whether s is ASCII without CR or tab, so that Normalize
// leaves it as it is.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '\r' || c == '\t' {
			return false
		}
	}
	return true
}
