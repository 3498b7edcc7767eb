package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitBlocks cuts text[from:] into line blocks and classifies each one.
// title is the title metadata gave, if any: a first line that repeats it is
// still the headline, but no other first line is promoted to one. In
// Markdown, "#" lines are headings and the markers of headings, list items
// and block quotes are left out of the blocks.
func splitBlocks(text string, from int, title string, markdown bool) []Block {
	var lines []Block
	var atx []bool // Markdown heading lines
	for i := from; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := trimSpan(text, i, end)
		h := false
		if markdown {
			s, e, h = markdownLine(text, s, e)
		}
		if s < e {
			lines = append(lines, Block{Kind: Paragraph, Start: s, End: e})
			atx = append(atx, h)
		}
		i = end + 1
	}
	// furniture first, so the headline is the first line that is not furniture
	lang := make([]bool, len(lines))
	for k := range lines {
		line := text[lines[k].Start:lines[k].End]
		lang[k] = isLanguageLine(line)
		switch {
		case isFurniture(line) || lang[k] && hasSpace(line):
			lines[k].Kind = Furniture
		case isTimestamp(line):
			lines[k].Kind, lines[k].Timestamp = Heading, true
		}
	}
	markLanguageMenus(lines, lang)
	first := true
	for k := range lines {
		b := &lines[k]
		if b.Kind == Furniture || b.Timestamp {
			continue
		}
		line := text[b.Start:b.End]
		if first {
			first = false
			if title == "" && k+1 < len(lines) && (atx[k] || looksLikeHeadline(line)) || title != "" && sameTitle(line, title) {
				b.Kind = Headline
				continue
			}
		}
		if atx[k] || !markdown && k+1 < len(lines) && looksLikeHeading(line) {
			b.Kind = Heading
		}
	}
	return lines
}

// markdownLine strips the Markdown markers of a line text[s:e]: an ATX
// heading's "#"s (reported as heading), a list item's bullet or number, a
// block quote's ">".
func markdownLine(text string, s, e int) (int, int, bool) {
	line := text[s:e]
	if n := len(line) - len(strings.TrimLeft(line, "#")); n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ') {
		s2, e2 := trimSpan(text, s+n, e)
		// an optional closing sequence: "## Title ##"
		t := strings.TrimRight(text[s2:e2], "#")
		if len(t) < e2-s2 && (t == "" || t[len(t)-1] == ' ') {
			e2 = s2 + len(t)
			s2, e2 = trimSpan(text, s2, e2)
		}
		return s2, e2, true
	}
	for strings.HasPrefix(line, ">") {
		s, e = trimSpan(text, s+1, e)
		line = text[s:e]
	}
	if len(line) >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ' {
		s, e = trimSpan(text, s+2, e)
	}
	return s, e, false
}

// sameTitle reports whether a line repeats the metadata title, ignoring case,
// spacing and typographic variants; a title may add the outlet after a
// separator ("Talks resume | The Daily").
func sameTitle(line, title string) bool {
	t, _ := Normalize(title)
	t = strings.Join(strings.Fields(t), " ")
	line = strings.Join(strings.Fields(line), " ")
	if strings.EqualFold(line, t) {
		return true
	}
	if len(t) > len(line) && strings.EqualFold(t[:len(line)], line) {
		rest := strings.TrimSpace(t[len(line):])
		return strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "::")
	}
	return false
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// maxFurnitureLen bounds the lines tried against the furniture patterns:
// page furniture is short, and most article lines are long paragraphs.
const maxFurnitureLen = 300

func isFurniture(line string) bool {
	if len(line) > maxFurnitureLen {
		return false
	}
	for _, re := range furniture {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

func hasSpace(s string) bool { return strings.IndexByte(s, ' ') >= 0 }

// isLanguageLine reports whether a line is made only of language names.
func isLanguageLine(line string) bool {
	if len(line) > maxFurnitureLen {
		return false
	}
	n := 0
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '/' || r == ',' || r == '·'
	}) {
		if !languages[strings.ToLower(w)] {
			return false
		}
		n++
	}
	return n > 0
}

// markLanguageMenus marks runs of two or more one-language lines (a menu laid
// out one entry a line) as furniture; lang says which lines are made only of
// language names.
func markLanguageMenus(lines []Block, lang []bool) {
	for k := 0; k < len(lines); {
		j := k
		for j < len(lines) && lang[j] {
			j++
		}
		if j-k >= 2 {
			for x := k; x < j; x++ {
				lines[x].Kind = Furniture
			}
		}
		if j == k {
			j++
		}
		k = j
	}
}

// isTimestamp reports whether a line only says when the page was published
// or updated: every word is a date or time word of data/timestamps.txt or a
// number (ordinals and clock times included), with at least one digit, and a
// month or a clock time among them.
func isTimestamp(line string) bool {
	if len(line) > 120 {
		return false
	}
	digits, month, clock := false, false, false
	words := 0
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		w = strings.ToLower(w)
		words++
		if words > 20 {
			return false
		}
		d := 0
		for d < len(w) && w[d] >= '0' && w[d] <= '9' {
			d++
		}
		switch {
		case d == len(w):
			digits = true
		case d > 0:
			// "22nd", "9am", "5pm"
			switch w[d:] {
			case "st", "nd", "rd", "th":
			case "am", "pm":
				clock = true
			default:
				return false
			}
			digits = true
		case timestampWords[w]:
			if monthNames[w] {
				month = true
			}
		default:
			return false
		}
	}
	if !clock {
		clock = clockRE.MatchString(line)
	}
	return digits && (month || clock || numericDateRE.MatchString(line))
}

var (
	clockRE       = regexp.MustCompile(`\d{1,2}[:.] ?\d{2}\b`)
	numericDateRE = regexp.MustCompile(`\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b`)
)

// wordCount counts the words of s, stopping once it passes max.
func wordCount(s string, max int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
		if n > max {
			break
		}
	}
	return n
}

// looksLikeHeadline: a short first line that does not end like a sentence
// (a question mark is allowed: "Why is ... visiting Russia?").
func looksLikeHeadline(line string) bool {
	if len(line) > 200 {
		return false
	}
	n := wordCount(line, 25)
	if n == 0 || n > 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, `"')] `))
	if last == '.' || last == ',' || last == ';' || last == ':' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || first == '"' || first == '\''
}

// looksLikeHeading: a short line inside the article with no final punctuation
// ("Context of the Meeting", "Broader implications").
func looksLikeHeading(line string) bool {
	if len(line) > 150 {
		return false
	}
	n := wordCount(line, 10)
	if n == 0 || n > 10 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, `"')] `))
	if strings.ContainsRune(".,;:!?", last) || last == utf8.RuneError {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// datelineRE matches "MOSCOW - ", "WASHINGTON -", "BEIRUT, Lebanon (AP) - ",
// "DAMASCUS, Jan 28 (Reuters) - " at the start of a paragraph. The place is an
// upper-case word or words; the separator is a dash (normalized) or colon.
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Za-z0-9.]+){0,2})?(?:\s*\([A-Za-z .&-]{1,30}\))?\s*(?:-{1,2}|:)\s+`)

// datelineTitleRE matches a place in title case, which is a dateline only
// when a news agency in brackets follows: "Mannheim, Germany (Sports Network) - ".
var datelineTitleRE = regexp.MustCompile(`^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?\s*\([A-Za-z .&-]{2,30}\)\s*(?:-{1,2}|:)\s+`)

func findDateline(par string) *Dateline {
	m := datelineRE.FindStringSubmatchIndex(par)
	if m == nil {
		m = datelineTitleRE.FindStringSubmatchIndex(par)
	}
	if m == nil {
		return nil
	}
	place := par[m[2]:m[3]]
	if datelineLabels[strings.ToLower(place)] {
		return nil
	}
	letters := 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return nil
	}
	// the rest must be a sentence, not a heading in capitals
	rest := par[m[1]:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) && r != '"' {
		return nil
	}
	return &Dateline{Place: place, Start: 0, End: m[1]}
}
