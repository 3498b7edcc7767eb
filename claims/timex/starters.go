package timex

// starters are the words an expression can begin with. Matching is tried
// only at numbers, apostrophes and these words: most tokens of a text are
// passed over with one map lookup.
var starters = map[string]bool{}

// determiners start expressions only when a starter follows them ("the
// third quarter", "a year ago", "that day").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "that": true, "its": true, "their": true, "his": true, "her": true, "our": true}

func init() {
	add := func(w string) {
		if w != "" {
			starters[w] = true
		}
	}
	for w := range months {
		add(w)
	}
	for w := range weekdays {
		add(w)
	}
	for w := range numbers {
		add(w)
	}
	for w := range units {
		add(w)
	}
	for w := range seasons {
		add(w)
	}
	for w := range dayparts {
		add(w)
	}
	for w := range setAdverbs {
		add(w)
	}
	for _, ps := range []map[string][]phrase[modWord]{modifiers.first} {
		for w := range ps {
			add(w)
		}
	}
	for w := range refs.first {
		add(w)
	}
	for w := range holidays.first {
		add(w)
	}
	for _, w := range []string{
		"this", "last", "next", "past", "coming", "current", "previous", "following", "same", "very",
		"today", "tonight", "yesterday", "tomorrow", "fiscal", "fy", "q", "every", "each", "per",
		"recent", "upcoming", "latest", "most", "first", "nineteen", "eighteen", "mondays", "tuesdays",
		"wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekends", "later", "earlier",
		"mid", "year", "full", "calendar", "preceding", "prior", "subsequent", "final", "initial",
		"entire", "whole", "remaining", "ensuing", "half", "couple", "several", "few", "many", "some",
		"numerous", "countless", "noon", "midday", "midnight",
	} {
		add(w)
	}
	for w := range determiners {
		delete(starters, w)
	}
	// "the end of", "the past": second words of phrases that open with a determiner
	second := func(first string, words []string) {
		if determiners[first] && len(words) > 1 {
			afterDet[words[1]] = true
		}
	}
	for f, ps := range modifiers.first {
		for _, ph := range ps {
			second(f, ph.words)
		}
	}
	for f, ps := range refs.first {
		for _, ph := range ps {
			second(f, ph.words)
		}
	}
}

// afterDet: words after a determiner that may open an expression ("the
// corresponding period last year").
var afterDet = map[string]bool{"corresponding": true, "comparable": true, "period": true}

// canStart reports whether matching is worth trying at token i.
func (p *parser) canStart(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.low == "'"
	}
	if starters[t.low] {
		return true
	}
	if determiners[t.low] {
		n := p.tok(i + 1)
		return n != nil && (n.kind == tNum || starters[n.low] || afterDet[n.low] || n.kind == tPunct && n.low == "'")
	}
	return false
}
