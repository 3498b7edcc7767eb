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
			continue
		}
		// the run of terminal punctuation, then closing quotes and brackets
		j := i
		for j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		k := j
		for k < end && (text[k] == '"' || text[k] == '\'' || (text[k] == ')' && depth > 0) || text[k] == ']') {
			if text[k] == ')' {
				depth--
			}
			k++
		}
		if depth > 0 {
			i = j - 1
			continue
		}
		if isBoundary(text, start, i, j, k, end) {
			emit(sentStart, k)
			sentStart = k
		}
		i = k - 1
	}
	emit(sentStart, end)
	return out
}

// isBoundary decides whether the punctuation run text[p:q] (closing quotes up
// to k) ends a sentence. blockStart and end bound the block.
func isBoundary(text string, blockStart, p, q, k, end int) bool {
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
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
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

func isAcronym(w string) bool {
	for _, r := range w {
		if r != '.' && !unicode.IsLetter(r) {
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
