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
	best, bestDist := tenseNone, 1<<30
	left := false // a finite verb cue was found before the expression
	consider := func(i, dist int, right bool) {
		v, e, ok := tenses.match(toks, i)
		c := tenseNone
		if ok {
			for k := i; k < e; k++ {
				if covered[k] {
					ok = false
				}
			}
		}
		if ok {
			switch v {
			case "PAST", "INTENT":
				c = tensePast
				if e == i+1 && i > 0 && passiveAux[toks[i-1].low] {
					c = tenseNone // "would be paid", "to be held": a participle
				} else if v == "INTENT" && !right && infinitive(toks, e) {
					// "agreed to meet again on Friday": the date belongs to
					// the plan, which lies ahead
					c = tenseFuture
				}
			case "FUTURE":
				c = tenseFuture
			case "PRESENT":
				c = tensePresent
			case "NONE":
				return
			}
		} else if !covered[i] && regularPast(toks, i) {
			c = tensePast
		} else if !covered[i] && infinitive(toks, i) {
			// "to travel": looks ahead, but weaker than a finite verb; after
			// the expression it is a purpose clause ("visited Moscow on
			// Wednesday to meet Putin") and the verb before governs
			if right && left {
				return
			}
			c = tenseFuture
			dist += 12
		}
		if c != tenseNone && !right && c != tensePresent {
			left = true
		}
		if c != tenseNone && dist < bestDist {
			best, bestDist = c, dist
		}
	}
	for i, d := start-1, 1; i >= 0 && start-i <= tenseWindow; i, d = i-1, d+1 {
		if toks[i].sent != sent || isClauseStop(toks[i]) && d > 1 && best != tenseNone {
			break
		}
		consider(i, 2*d, false)
	}
	for i, d := end, 1; i < len(toks) && i-end < tenseWindow; i, d = i+1, d+1 {
		if toks[i].sent != sent {
			break
		}
		consider(i, 2*d+1, true)
	}
	if best == tensePresent {
		return tenseNone
	}
	return best
}

func isClauseStop(t token) bool {
	return t.kind == tPunct && (t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")")
}

// regularPast recognizes a lower-case "-ed" verb ("visited", "announced"),
// not one used as an adjective after a determiner ("the elected president").
func regularPast(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tWord || t.cap || len(t.low) < 5 || !strings.HasSuffix(t.low, "ed") {
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

var passiveAux = map[string]bool{"be": true, "been": true, "being": true, "to": true, "is": true, "are": true, "get": true, "gets": true}
