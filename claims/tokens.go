package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence, with its offsets in
// Article.Text.
type token struct {
	Start, End int
	Text       string // as written
	Lower      string // lower case; possessive "'s" is its own token
	Punct      bool
}

// tokenize splits text[start:end] into tokens. Words keep inner hyphens and
// apostrophes ("al-Sharaa", "face-to-face", "don't" → "do", "n't"); a final
// "'s" is split off as a token of its own so that "Assad's" names "Assad".
func tokenize(text string, start, end int) []token {
	var out []token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) && abbrevEnd(text, i, end) > i:
			// "U.S.", "U.N.", "a.m.": one token with its full stops, so that
			// "according to the U.S. Geological Survey" does not stop at "U"
			j := abbrevEnd(text, i, end)
			out = append(out, token{Start: i, End: j, Text: text[i:j], Lower: strings.ToLower(text[i:j])})
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += s2
					continue
				}
				// inner hyphen, apostrophe, full stop or comma between word characters
				if (r2 == '-' || r2 == '\'' || r2 == '\u2019' || r2 == '.' || r2 == ',') && j+s2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+s2 : end])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						if r2 == ',' || r2 == '.' {
							// only inside numbers: "250,000", "1.2"
							r0, _ := utf8.DecodeLastRuneInString(text[i:j])
							if !unicode.IsDigit(r0) || !unicode.IsDigit(r3) {
								break
							}
						}
						j += s2
						continue
					}
				}
				break
			}
			w := text[i:j]
			lw := strings.ToLower(w)
			switch {
			case strings.HasSuffix(lw, "'s") && len(lw) > 2:
				out = append(out, token{Start: i, End: j - 2, Text: w[:len(w)-2], Lower: lw[:len(lw)-2]})
				out = append(out, token{Start: j - 2, End: j, Text: w[len(w)-2:], Lower: "'s"})
			case strings.HasSuffix(w, "’s") && len(w) > 4 && len(lw) == len(w):
				// a typographic apostrophe: "al-Sharaa’s" names al-Sharaa too
				out = append(out, token{Start: i, End: j - 4, Text: w[:len(w)-4], Lower: lw[:len(lw)-4]})
				out = append(out, token{Start: j - 4, End: j, Text: w[len(w)-4:], Lower: "'s"})
			case strings.HasSuffix(w, "n\u2019t") && len(w) > 5 && len(lw) == len(w):
				out = append(out, token{Start: i, End: j - 5, Text: w[:len(w)-5], Lower: lw[:len(lw)-5]})
				out = append(out, token{Start: j - 5, End: j, Text: w[len(w)-5:], Lower: "n't"})
			case strings.HasSuffix(lw, "n't") && len(lw) > 3:
				out = append(out, token{Start: i, End: j - 3, Text: w[:len(w)-3], Lower: lw[:len(lw)-3]})
				out = append(out, token{Start: j - 3, End: j, Text: w[len(w)-3:], Lower: "n't"})
			default:
				out = append(out, token{Start: i, End: j, Text: w, Lower: lw})
			}
			i = j
		default:
			// a possessive apostrophe after a plural ("the rebels' leader") stays punctuation
			out = append(out, token{Start: i, End: i + size, Text: text[i : i+size], Lower: text[i : i+size], Punct: true})
			i += size
		}
	}
	return out
}

// tokenAt returns the index of the first token that starts at or after off.
func tokenAt(toks []token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// abbrevEnd returns the end of an abbreviation of single letters each
// followed by a full stop ("U.S.", "U.N.", "a.m.") starting at i, or i when
// there is none. The letter before i must not be a letter (checked by the
// caller's position at a word start).
func abbrevEnd(text string, i, end int) int {
	j, n := i, 0
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) || j+size >= end || text[j+size] != '.' {
			break
		}
		// the letter stands alone: the next one after the stop starts a new part
		j += size + 1
		n++
		if j < end {
			r2, _ := utf8.DecodeRuneInString(text[j:end])
			if !unicode.IsLetter(r2) {
				break
			}
			if j+1 < end {
				// "U.Sa" is no abbreviation part: the letter after must be followed by '.'
				_, s2 := utf8.DecodeRuneInString(text[j:end])
				if j+s2 >= end || text[j+s2] != '.' {
					break
				}
			}
		}
	}
	if n < 2 {
		return i
	}
	return j
}
