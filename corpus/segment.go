package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment splits text into sentences and returns their [start, end) offsets,
// trimmed of surrounding space. Newlines are treated as hard breaks (in the
// inputs crosscheck reads, a line is a paragraph). It is the segmenter
// Article uses, exported for tests and tools.
func Segment(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		out = append(out, splitSentences(text, i, end)...)
		i = end + 1
	}
	return out
}

// splitSentences splits text[start:end] (one block, no newlines) into
// sentences.
func splitSentences(text string, start, end int) [][2]int {
	var out [][2]int
	emit := func(s, e int) {
		s, e = trimSpan(text, s, e)
		if s < e {
			out = append(out, [2]int{s, e})
		}
	}
	sentStart := start
	depth := 0 // parenthesis depth: no boundary inside (...)
	for i := start; i < end; i++ {
		c := text[i]
		switch c {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
			}
			continue
		case '.', '!', '?':
		default:
			if c >= utf8.RuneSelf && depth == 0 {
				// a bullet inside a line starts a new item: "• 9. The first item • 10. The second"
				r, size := utf8.DecodeRuneInString(text[i:end])
				if isBullet(r) && i > start && text[i-1] == ' ' && !onlySpace(text, sentStart, i) {
					emit(sentStart, i)
					sentStart = i
				}
				i += size - 1
			}
			continue
		}
		// the run of terminal punctuation, then closing quotes and brackets
		j := i
		for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		if c == '.' && j-i == 1 {
			if e, dots := spacedEllipsis(text, i, end); dots >= 3 {
				b, ok := ellipsisBoundary(text, start, i, e, dots, end, depth)
				if ok {
					emit(sentStart, b)
					sentStart = b
				}
				i = e - 1
				continue
			}
		}
		d := depth
		k := closeRun(text, j, end, &d)
		if d > 0 {
			i = j - 1 // the closing brackets are counted when the loop reaches them
			continue
		}
		depth = d
		if isBoundary(text, start, sentStart, i, j, k, end) {
			emit(sentStart, k)
			sentStart = k
		}
		i = k - 1
	}
	emit(sentStart, end)
	return out
}

// closeRun skips the closing quotes and brackets that follow terminal
// punctuation at j and returns where they end. A closing parenthesis counts
// only when one is open.
func closeRun(text string, j, end int, depth *int) int {
	k := j
	for k < end {
		switch c := text[k]; {
		case c == '"' || c == '\'' || c == ']':
			k++
		case c == ')' && *depth > 0:
			*depth--
			k++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[k:end])
			if r != '\u201D' && r != '\u2019' && r != '\u00BB' {
				return k
			}
			k += size
		default:
			return k
		}
	}
	return k
}

// spacedEllipsis measures a run of full stops separated by single spaces
// (". . ." or ". . . .") starting at i. It returns where the run ends and how
// many full stops it holds; runs without a space report 0.
func spacedEllipsis(text string, i, end int) (int, int) {
	e, dots := i+1, 1
	for e+1 < end && text[e] == ' ' && text[e+1] == '.' {
		e += 2
		dots++
	}
	if dots < 3 {
		return i + 1, 0
	}
	return e, dots
}

// ellipsisBoundary decides where, if anywhere, a spaced ellipsis text[i:e]
// of n full stops ends a sentence (Chicago-style ellipses). A full stop
// attached to a word followed by ". . ." ends the sentence and the ellipsis
// opens the next one before a capital; four free-standing full stops end a
// sentence before a capital; three mark an omission inside one. Any of them
// ends the sentence at the end of the block.
func ellipsisBoundary(text string, blockStart, i, e, n, end, depth int) (int, bool) {
	k := closeRun(text, e, end, &depth)
	if depth > 0 {
		return 0, false
	}
	w := k
	for w < end && text[w] == ' ' {
		w++
	}
	if w >= end {
		return k, true
	}
	if w == k {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(text[w:end])
	capital := unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenQuote(r)
	if !capital {
		return 0, false
	}
	attached := i > blockStart && text[i-1] != ' '
	switch {
	case attached && n >= 4:
		return i + 1, true
	case attached || n >= 4:
		return k, true
	}
	return 0, false
}

func isOpenQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '\u201C' || r == '\u2018' || r == '\u00AB'
}

// isBullet reports whether r is a list bullet that, inside a line, starts a
// new item.
func isBullet(r rune) bool {
	switch r {
	case '\u2022', '\u2043', '\u2023', '\u25E6', '\u25AA', '\u25CF':
		return true
	}
	return false
}

func onlySpace(text string, s, e int) bool {
	for ; s < e; s++ {
		if !isSpace(text[s]) {
			return false
		}
	}
	return true
}

// isBoundary decides whether the punctuation run text[p:q] (closing quotes up
// to k) ends a sentence. blockStart and end bound the block.
func isBoundary(text string, blockStart, sentStart, p, q, k, end int) bool {
	if k >= end {
		return true
	}
	next := text[k]
	if next != ' ' {
		// no space: "conflict.President" ends a sentence, "U.S.A", "3.5",
		// "example.com" and "Yahoo!" do not.
		return text[p] == '.' && q-p == 1 && k == q && missingSpaceBoundary(text, blockStart, p, end)
	}
	// next word
	w := k
	for w < end && text[w] == ' ' {
		w++
	}
	if w >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[w:end])
	if unicode.IsLower(r) {
		return false // "Yahoo! in", `"This is great." she said`, "Jane and co. at"
	}
	if text[p] != '.' || q-p > 1 {
		return true // ! ? and ellipses before a capital, digit or quote
	}
	word := wordBefore(text, blockStart, p)
	nextWord := wordAt(text, w, end)
	if word == "" {
		return true
	}
	if isListMarker(word) && onlyBullets(text, sentStart, p-len(word)) {
		return false // "1. The first item", "• 9. The first item"
	}
	lw := strings.ToLower(word)
	switch abbreviations[lw] {
	case abbrevTitle:
		return false
	case abbrevMonth:
		return !unicode.IsDigit(r)
	case abbrevTime:
		return unicode.IsUpper(r) || r == '"'
	case abbrevOther:
		if unicode.IsDigit(r) {
			return false // "No. 5", "p. 55"
		}
		return openers[strings.ToLower(nextWord)]
	}
	// initials: "Jonas E. Smith", but "you and I. Did"
	if utf8.RuneCountInString(word) == 1 {
		if rr, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(rr) {
			if word == "I" && precededByLowerWord(text, blockStart, p-1) {
				return true
			}
			return false
		}
	}
	// multi-period acronyms not in the list ("E.U.", "N.Y.") behave like "other"
	if strings.Contains(word, ".") && isAcronym(word) {
		return openers[strings.ToLower(nextWord)]
	}
	return true
}

// wordBefore returns the word that ends at the full stop at p, with internal
// full stops ("U.S", "p.m").
func wordBefore(text string, blockStart, p int) string {
	s := p
	for s > blockStart {
		r, size := utf8.DecodeLastRuneInString(text[blockStart:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '°' || r == 'º' {
			s -= size
			continue
		}
		break
	}
	return strings.Trim(text[s:p], ".")
}

func wordAt(text string, w, end int) string {
	e := w
	for e < end {
		r, size := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	return text[w:e]
}

// isAcronym reports whether w is a multi-period abbreviation: letters in
// groups of one or two ("E.U", "N.Y", "Ph.D"), unlike a file or host name
// ("content.html").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
			n = 0
		case unicode.IsLetter(r):
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// isListMarker reports whether w (the word before a full stop) can number a
// list item: one to three digits or a single letter.
func isListMarker(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	if len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// onlyBullets reports whether text[s:e] holds nothing but spaces and bullets.
func onlyBullets(text string, s, e int) bool {
	for _, r := range text[s:e] {
		if r != ' ' && !isBullet(r) && r != '-' && r != '*' {
			return false
		}
	}
	return true
}

func precededByLowerWord(text string, blockStart, p int) bool {
	s := p
	for s > blockStart && text[s-1] != ' ' {
		s--
	}
	for s > blockStart && text[s-1] == ' ' {
		s--
	}
	if s == blockStart {
		return false
	}
	e := s
	for s > blockStart && text[s-1] != ' ' {
		s--
	}
	r, _ := utf8.DecodeRuneInString(text[s:e])
	return unicode.IsLower(r)
}

// missingSpaceBoundary handles "conflict.President": a lower-case word of two
// or more letters, a full stop, then a capitalized word. URLs, e-mail
// addresses and acronyms are not split.
func missingSpaceBoundary(text string, blockStart, p, end int) bool {
	// the token around the full stop
	s := p
	for s > blockStart && text[s-1] != ' ' {
		s--
	}
	e := p + 1
	for e < end && text[e] != ' ' {
		e++
	}
	tok := text[s:e]
	if strings.Contains(tok, "@") || strings.Contains(tok, "://") || strings.HasPrefix(strings.ToLower(tok), "www.") {
		return false
	}
	before := strings.TrimLeft(text[s:p], "\"'(")
	if utf8.RuneCountInString(before) < 2 {
		return false
	}
	for _, r := range before {
		if !unicode.IsLower(r) {
			return false
		}
	}
	r, size := utf8.DecodeRuneInString(text[p+1 : end])
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(text[p+1+size : end])
	return unicode.IsLower(r2)
}
