package timex

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota // a run of letters
	tNum                  // a run of ASCII digits
	tPunct                // any other single character
)

// token is a word, a number or a punctuation mark of the text, with its byte
// offsets. Words and numbers are split apart ("1990s" is 1990 + s, "FY1998"
// is fy + 1998) and apostrophes are their own tokens ("year's" is year ' s),
// so that the grammar sees one shape for each.
type token struct {
	start, end int
	kind       tokKind
	low        string // lower-cased text (ASCII folding only)
	cap        bool   // starts with an upper-case letter
	upper      bool   // all letters upper-case (and more than one)
	space      bool   // white space (or the text start) before it
	nl         bool   // a line break before it
	num        int    // value of a tNum token of at most 9 digits, else -1
	sent       int    // sentence index in the article, -1 outside sentences
}

// tokenize splits s into tokens. It never fails: every byte is either white
// space or part of one token.
func tokenize(s string) []token { return tokenizeInto(nil, s) }

// tokenizeInto is tokenize appending to buf (reset to length 0).
func tokenizeInto(buf []token, s string) []token {
	lower := lowerASCII(s)
	toks := buf[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(s)/5+4)
	}
	space, nl := true, true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case c == '\n':
			space, nl = true, true
			i++
			continue
		}
		t := token{start: i, space: space, nl: nl, num: -1, sent: -1}
		space, nl = false, false
		switch {
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			t.kind, t.end = tNum, j
			if j-i <= 9 {
				t.num = n
			}
		case c < utf8.RuneSelf && !isASCIILetter(c):
			t.kind, t.end = tPunct, i+1
		default:
			j := i
			upper, letters := true, 0
			for j < len(s) {
				if b := s[j]; b < utf8.RuneSelf {
					if !isASCIILetter(b) {
						break
					}
					if b >= 'a' && b <= 'z' {
						upper = false
					}
					letters++
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
					break
				}
				if unicode.IsLower(r) {
					upper = false
				}
				letters++
				j += size
			}
			if j == i { // a non-letter rune: one punctuation token
				_, size := utf8.DecodeRuneInString(s[i:])
				t.kind, t.end = tPunct, i+size
				break
			}
			t.kind, t.end = tWord, j
			r, _ := utf8.DecodeRuneInString(s[i:])
			t.cap = unicode.IsUpper(r)
			t.upper = upper && letters > 1
		}
		t.low = lower[t.start:t.end]
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lowerASCII lower-cases the ASCII letters of s, keeping byte offsets.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
