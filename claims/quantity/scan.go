package quantity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters (and inner apostrophes)
	tNum                      // digits with thousands commas and a decimal point
	tSym                      // any other single rune
	tMixed                    // letters then digits: "G20", "MH17" (an identifier)
)

// token is a span of the text with what the lexicons say about it. Numbers
// carry their digits as an integer mantissa and a count of decimals so that
// scaling stays exact ("1.2 million" is 12 * 1e6 / 10, not 1.2 * 1e6).
type token struct {
	s, e  int
	kind  tokKind
	upper bool   // a word starting with an upper-case letter
	ent   *entry // nil when the lexicons do not know the word

	mant    float64 // digits without separators, as an integer
	frac    int     // number of digits after the decimal point
	nint    int     // number of digits before it
	grouped bool    // has thousands separators
	lead0   bool    // starts with 0 and has more digits ("07")
}

func (t *token) value() float64 { return t.mant / pow10(t.frac) }

var pow10tab = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func pow10(n int) float64 {
	if n < len(pow10tab) {
		return pow10tab[n]
	}
	return math.Pow10(n)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// tokenize appends the tokens of text[start:end] to toks. Spaces separate
// tokens; two tokens are joined when one ends where the next starts.
func tokenize(text string, start, end int, toks []token) []token {
	var buf [24]byte
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case isDigit(c):
			t := token{s: i, kind: tNum}
			i = scanNumber(text, i, end, &t)
			t.e = i
			toks = append(toks, t)
		case c < utf8.RuneSelf && !isASCIILetter(c):
			t := token{s: i, e: i + 1, kind: tSym}
			t.ent = lexicon[text[i:i+1]]
			toks = append(toks, t)
			i++
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:end])
			}
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			if !unicode.IsLetter(r) {
				t := token{s: i, e: i + size, kind: tSym}
				if r != utf8.RuneError {
					t.ent = lexicon[text[i:i+size]]
				}
				toks = append(toks, t)
				i += size
				continue
			}
			t := token{s: i, kind: tWord, upper: unicode.IsUpper(r)}
			ascii := c < utf8.RuneSelf
			i += size
			for i < end {
				c = text[i]
				if c < utf8.RuneSelf {
					if isASCIILetter(c) {
						i++
						continue
					}
					if isDigit(c) {
						t.kind = tMixed
						i++
						continue
					}
					// an apostrophe between letters: "o'clock", "don't"
					if c == '\'' && i+1 < end && isASCIILetter(text[i+1]) && t.kind == tWord {
						i++
						continue
					}
					break
				}
				r, size := utf8.DecodeRuneInString(text[i:end])
				if !unicode.IsLetter(r) && !unicode.IsMark(r) {
					break
				}
				ascii = false
				i += size
			}
			t.e = i
			if ascii && t.kind == tWord && t.e-t.s <= len(buf) {
				w := text[t.s:t.e]
				lower := true
				for j := 0; j < len(w); j++ {
					if w[j] >= 'A' && w[j] <= 'Z' {
						lower = false
						break
					}
				}
				if lower {
					t.ent = lexicon[w]
				} else {
					b := buf[:len(w)]
					for j := 0; j < len(w); j++ {
						b[j] = w[j] | 0x20
					}
					t.ent = lexicon[string(b)]
				}
			}
			toks = append(toks, t)
		}
	}
	return toks
}

// scanNumber scans digits from i, with thousands commas ("1,200,000") and one
// decimal point ("3.5"), and fills t. A comma not followed by exactly three
// digits ends the number: "1,2" is left for the parser to read as a decimal
// comma when the context says so.
//
// After a currency sign, a group may also follow ", " ("$300, 000"): text
// that was tokenized and joined again spaces its commas, and a sum of money
// is not followed by a list of numbers. Elsewhere "In 1999, 100 people" is
// two numbers.
func scanNumber(text string, i, end int, t *token) int {
	money := afterCurrency(text, i)
	t.lead0 = text[i] == '0' && i+1 < end && isDigit(text[i+1])
	for ; i < end && isDigit(text[i]); i++ {
		t.mant = t.mant*10 + float64(text[i]-'0')
		t.nint++
	}
	for i < end && text[i] == ',' {
		k := i + 1 // the first digit of the group
		if money && k < end && text[k] == ' ' {
			k++
		}
		if !(k+2 < end && isDigit(text[k]) && isDigit(text[k+1]) && isDigit(text[k+2]) && (k+3 >= end || !isDigit(text[k+3]))) {
			break
		}
		t.mant = t.mant*1000 + float64(text[k]-'0')*100 + float64(text[k+1]-'0')*10 + float64(text[k+2]-'0')
		t.nint += 3
		t.grouped = true
		i = k + 3
	}
	if i+1 < end && text[i] == '.' && isDigit(text[i+1]) {
		i++
		for ; i < end && isDigit(text[i]); i++ {
			t.mant = t.mant*10 + float64(text[i]-'0')
			t.frac++
		}
	}
	return i
}

// afterCurrency reports whether the number at i follows a currency sign
// ("$300", "£5", "€12").
func afterCurrency(text string, i int) bool {
	return strings.HasSuffix(text[:i], "$") || strings.HasSuffix(text[:i], "£") || strings.HasSuffix(text[:i], "€")
}
