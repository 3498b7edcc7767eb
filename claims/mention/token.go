package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark of a sentence, with its offsets in
// Article.Text.
type tok struct {
	s, e  int
	w     string
	word  bool   // letters and digits (with inner apostrophes and dots); else punctuation
	hy    bool   // joined to the previous token by a hyphen, no space ("post-Assad", "al-Sharaa")
	poss  bool   // a possessive 's or ' follows and is not part of the token
	space bool   // whitespace (or the sentence start) comes before it
	part  bool   // a particle has been merged into the token ("al-Sharaa")
	lw    string // w in lower case
}

func (t *tok) cap() bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.w)
	if unicode.IsUpper(r) {
		return true
	}
	// "al-Sharaa": a merged particle before a capital
	return t.part
}

func (t *tok) lower() string { return t.lw }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// dotWords take their final full stop into the token: "Mr.", "Sen.", "Jr.",
// "Corp.". Built from the title and head lexicons.
var dotWords = map[string]bool{"st": true, "mt": true, "ft": true}

func init() {
	add := func(s string) {
		for _, w := range strings.Fields(s) {
			if strings.HasSuffix(w, ".") {
				dotWords[strings.ToLower(strings.TrimSuffix(w, "."))] = true
			}
		}
	}
	for _, l := range strings.Split(titlesData, "\n") {
		if _, v, ok := strings.Cut(l, ":"); ok && !strings.HasPrefix(strings.TrimSpace(l), "#") {
			add(v)
		}
	}
	for _, l := range strings.Split(headsData, "\n") {
		if _, v, ok := strings.Cut(l, ":"); ok && !strings.HasPrefix(strings.TrimSpace(l), "#") {
			add(v)
		}
	}
	for _, w := range []string{"mr", "mrs", "ms", "dr", "jr", "sr", "gen", "sen", "gov", "rep", "lt", "col", "maj", "capt", "sgt", "adm", "prof", "brig", "corp", "inc", "co", "ltd"} {
		dotWords[w] = true
	}
}

// tokenize cuts text[s:e] into tokens. Hyphens between two words are not
// tokens: the second word is marked hy. A possessive "'s" (or the apostrophe
// of "Reuters'") is dropped and marks the word before it.
func tokenize(text string, s, e int, out []tok) []tok {
	space := true
	i := s
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		if !isWordRune(r) {
			if r == '-' && len(out) > 0 && !space && out[len(out)-1].word && i+n < e {
				if r2, _ := utf8.DecodeRuneInString(text[i+n:]); isWordRune(r2) {
					// an inner hyphen: the next word is joined
					i += n
					j := wordEnd(text, i, e)
					out = append(out, tok{s: i, e: j, w: text[i:j], word: true, hy: true, lw: strings.ToLower(text[i:j])})
					i = j
					i = possessive(text, i, e, out)
					space = false
					continue
				}
			}
			out = append(out, tok{s: i, e: i + n, w: text[i : i+n], space: space, lw: text[i : i+n]})
			space = false
			i += n
			continue
		}
		j := wordEnd(text, i, e)
		out = append(out, tok{s: i, e: j, w: text[i:j], word: true, space: space, lw: strings.ToLower(text[i:j])})
		i = possessive(text, j, e, out)
		space = false
	}
	return out
}

// wordEnd returns the end of the word starting at i: letters, digits, marks,
// inner apostrophes ("O'Brien") and inner dots of abbreviations ("U.S."). A
// final dot is taken by initials ("F.") and by the words of dotWords.
func wordEnd(text string, i, e int) int {
	j := i
	letters := 0
	for j < e {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			letters++
			continue
		}
		if r == '\'' && j+n < e {
			r2, n2 := utf8.DecodeRuneInString(text[j+n:])
			if isWordRune(r2) {
				// keep "'s" of a possessive out of the word
				if (r2 == 's' || r2 == 'S') && (j+n+n2 >= e || !isWordRuneAt(text, j+n+n2, e)) {
					break
				}
				j += n
				continue
			}
		}
		if r == '.' {
			w := text[i:j]
			// "U.S.", "U.N.", "F.": single letters joined by dots
			if letters == 1 && isUpperLetters(w) {
				if j+n < e {
					r2, n2 := utf8.DecodeRuneInString(text[j+n:])
					if unicode.IsUpper(r2) && j+n+n2 < e && text[j+n+n2] == '.' {
						j += n
						letters = 0
						continue
					}
				}
				return j + n
			}
			if strings.Contains(w, ".") && letters == 1 {
				return j + n // the last dot of "U.S."
			}
			if dotWords[strings.ToLower(w)] {
				return j + n
			}
		}
		break
	}
	return j
}

func isWordRuneAt(text string, j, e int) bool {
	if j >= e {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return isWordRune(r)
}

func isUpperLetters(w string) bool {
	for _, r := range w {
		if r != '.' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// possessive skips a possessive after the word that ends at j and marks it.
func possessive(text string, j, e int, out []tok) int {
	if j+1 < e && text[j] == '\'' && (text[j+1] == 's' || text[j+1] == 'S') && !isWordRuneAt(text, j+2, e) {
		out[len(out)-1].poss = true
		return j + 2
	}
	if j < e && text[j] == '\'' && j > 0 && (text[j-1] == 's') && !isWordRuneAt(text, j+1, e) {
		out[len(out)-1].poss = true
		return j + 1
	}
	return j
}

// mergeParticles joins a particle and the capitalized word hyphened to it
// ("al-Sharaa", "Al-Sham", "el-Sisi") into one token marked part.
func mergeParticles(text string, ts []tok) []tok {
	out := ts[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.word && !t.hy && particles[t.lower()] && i+1 < len(ts) && ts[i+1].hy && ts[i+1].word {
			if r, _ := utf8.DecodeRuneInString(ts[i+1].w); unicode.IsUpper(r) {
				n := ts[i+1]
				t.e, t.poss, t.part = n.e, n.poss, true
				t.w = text[t.s:n.e]
				t.lw = strings.ToLower(t.w)
				i++
			}
		} else if k := spacedParticle(ts, i); k > i {
			n := ts[k]
			t.e, t.poss, t.part = n.e, n.poss, true
			t.w = text[t.s:n.e]
			t.lw = strings.ToLower(t.w)
			i = k
		}
		out = append(out, t)
	}
	return out
}

// spacedParticle returns the index of the capitalized word joined to the
// particle at i by a hyphen written with spaces around it ("Omar al - Bashir",
// as some feeds print every hyphen), or i. Only after a capitalized word:
// the particle must sit inside a name, so a stray "al" in running text is
// left alone.
func spacedParticle(ts []tok, i int) int {
	t := ts[i]
	if !t.word || t.hy || !particles[t.lower()] || i == 0 || !ts[i-1].cap() || ts[i-1].poss || i+2 >= len(ts) {
		return i
	}
	if d, n := ts[i+1], ts[i+2]; d.word || d.w != "-" || !d.space || !n.word || !n.space || n.hy {
		return i
	}
	if r, _ := utf8.DecodeRuneInString(ts[i+2].w); !unicode.IsUpper(r) {
		return i
	}
	return i + 2
}
