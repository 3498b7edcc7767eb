package timex

import "strings"

// Tense of a clause relative to the moment of writing.
const (
	tensePast    = -1
	tenseNone    = 0
	tenseFuture  = 1
	tensePresent = 2
)

// tenseWindow is how many tokens on each side of an expression are searched
// for a tense cue.
const tenseWindow = 20

// clauseTense finds the tense cue nearest to tokens [start, end) inside
// their sentence: "met on Wednesday" is past, "is set to travel on
// Wednesday" future. Cues on the left weigh a little more: the verb an
// adverbial modifies usually comes first. covered marks tokens that belong
// to expressions, which are never cues.
func clauseTense(toks []token, start, end int, covered []bool) int {
	sent := toks[start].sent
	// "since October 2025": what a clause counts from lies in the past
	for i := start - 1; i >= 0 && start-i <= 14 && toks[i].sent == sent; i-- {
		if toks[i].low == "since" {
			return tensePast
		}
		if toks[i].kind == tPunct && toks[i].low != "'" && toks[i].low != "-" || covered[i] {
			break
		}
	}
	// cue classifies token i: the tense it signals and whether it is an
	// infinitive ("to travel") rather than a finite verb.
	cue := func(i int, right bool) (c int, inf bool) {
		if covered[i] {
			return tenseNone, false
		}
		v, e, ok := tenses.match(toks, i)
		if ok {
			for k := i; k < e; k++ {
				if covered[k] {
					ok = false
				}
			}
		}
		switch {
		case ok:
			switch v {
			case "PAST", "INTENT":
				if e == i+1 && i > 0 && passiveAux[toks[i-1].low] {
					return tenseNone, false // "would be paid", "to be held": a participle
				}
				if v == "INTENT" && !right && infinitive(toks, e) {
					// "agreed to meet again on Friday": the date belongs to
					// the plan, which lies ahead
					return tenseFuture, false
				}
				return tensePast, false
			case "FUTURE":
				if plannedBefore(toks, i) {
					// "had been scheduled to expire Friday", "as previously
					// planned": a plan that the past has overtaken
					return tensePast, false
				}
				return tenseFuture, false
			case "SCHED":
				// "He and Arafat meet separately Monday": the present of a
				// schedule, unless negated or after an auxiliary ("did not
				// meet", "could meet")
				if i > 0 && (schedAux[toks[i-1].low] || toks[i-1].low == "t" && i > 1 && toks[i-2].low == "'") {
					return tenseNone, false
				}
				return tenseFuture, false
			case "PLAN":
				if !right && infinitive(toks, e) {
					// "an agreement to acquire the bank in January": the
					// date belongs to the plan, which lies ahead
					return tenseFuture, false
				}
				return tenseNone, false
			case "PRESENT":
				return tensePresent, false
			}
			return tenseNone, false
		case regularPast(toks, i):
			return tensePast, false
		case infinitive(toks, i):
			return tenseFuture, true
		}
		return tenseNone, false
	}
	best, bestDist := tenseNone, 1<<30
	take := func(c, dist int) {
		if c != tenseNone && dist < bestDist {
			best, bestDist = c, dist
		}
	}
	// before the expression: the nearest finite verb governs it. An
	// infinitive nearer than that verb looks ahead ("is hoping to meet on
	// Friday") unless the verb is past ("travelled to Moscow to meet Putin
	// on Wednesday", "was kidnapped to make the late-November trip"): a
	// purpose told in the past happened with it.
	left := false // a finite verb was found before the expression
	infDist := -1 // distance of an infinitive nearer than any finite verb
	for i, d := start-1, 1; i >= 0 && start-i <= tenseWindow; i, d = i-1, d+1 {
		if toks[i].sent != sent || isClauseStop(toks[i]) && d > 1 && best != tenseNone {
			break
		}
		if left {
			continue
		}
		c, inf := cue(i, false)
		switch {
		case c == tenseNone:
		case inf:
			if infDist < 0 {
				infDist = 2*d + 12 // weaker than a finite verb
				take(c, infDist)
			}
		case c == tensePresent:
			take(c, 2*d)
		default:
			left = true
			if infDist >= 0 && c == tensePast && best == tenseFuture && bestDist == infDist {
				best = tensePast
			}
			take(c, 2*d)
		}
	}
	// after it: a finite verb of the same clause; an infinitive there is a
	// purpose clause ("visited Moscow on Wednesday to meet Putin") and past a
	// comma come attributions ("..., an official said"), which do not
	// govern it when a verb before does
	for i, d := end, 1; i < len(toks) && i-end < tenseWindow; i, d = i+1, d+1 {
		if toks[i].sent != sent {
			break
		}
		if left && (toks[i].kind == tPunct && (toks[i].low == "," || isClauseStop(toks[i])) || toks[i].low == "and" || toks[i].low == "but") {
			// a coordinated clause ("... on Saturday and were planning
			// to ...") has a verb of its own
			break
		}
		c, inf := cue(i, true)
		if inf {
			if left {
				continue
			}
			take(c, 2*d+1+12)
			continue
		}
		take(c, 2*d+1)
	}
	if best == tensePresent {
		return tenseNone
	}
	return best
}

func isClauseStop(t token) bool {
	return t.kind == tPunct && (t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")")
}

// doneAfter reports whether a possessive at i names an event that has
// happened: "Wednesday's ruling", "Friday's closing price" (DONE in
// data/tense.txt), unless a word of plans comes first ("Thursday's
// expected ruling").
func doneAfter(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].low != "'" || toks[i+1].low != "s" {
		return false
	}
	for k := i + 2; k < len(toks) && k < i+5; k++ {
		if toks[k].kind != tWord {
			return false
		}
		v, _, ok := tenses.match(toks, k)
		if !ok {
			continue
		}
		return v == "DONE"
	}
	return false
}

// plannedBefore reports whether the future cue at i is told as a plan of the
// past: "had (been) scheduled to", "previously planned", "originally set for".
func plannedBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "been" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "had", "previously", "originally":
		return true
	}
	return false
}

// regularPast recognizes a lower-case "-ed" verb ("visited", "announced"),
// not one used as an adjective after a determiner ("the elected president").
func regularPast(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tWord || t.cap || len(t.low) < 5 || !strings.HasSuffix(t.low, "ed") {
		return false
	}
	if strings.HasPrefix(t.low, "un") && !strings.HasPrefix(t.low, "under") {
		// "a still unspecified date", "undisclosed terms": adjectives; the
		// few verbs ("unveiled") are listed in data/tense.txt
		return false
	}
	if i > 0 {
		switch toks[i-1].low {
		case "the", "a", "an", "be", "been", "being", "is", "are", "am", "will", "to", "get", "gets":
			// passive or adjective; "is expected" is not past ("was expected" is, via "was")
			return false
		}
	}
	return true
}

// notVerbs are words after "to" that are not verbs.
var notVerbs = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "him": true, "them": true,
	"us": true, "me": true, "it": true, "be": false, "date": true, "last": true, "next": true, "about": true,
	"around": true, "more": true, "less": true, "some": true, "all": true, "both": true, "each": true,
	"other": true, "another": true, "what": true, "which": true, "whom": true, "power": true, "office": true,
	"war": true, "court": true, "school": true, "market": true, "death": true, "prison": true, "jail": true,
	"justice": true, "trial": false, "work": false, "home": true, "peace": true, "help": false, "one": true,
}

// infinitive recognizes "to" + a verb in its base form.
func infinitive(toks []token, i int) bool {
	if toks[i].low != "to" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if n.kind != tWord || n.cap || n.nl || notVerbs[n.low] || len(n.low) < 3 {
		return false
	}
	w := n.low
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "tion") {
		return false
	}
	return true
}

// schedAux are words before a verb that make it no present of a schedule.
var schedAux = map[string]bool{"not": true, "never": true, "did": true, "do": true, "does": true, "could": true, "can": true, "may": true, "might": true, "must": true, "to": true, "would": true, "should": true, "'": true}

var passiveAux = map[string]bool{"be": true, "been": true, "being": true, "to": true, "is": true, "are": true, "get": true, "gets": true}
