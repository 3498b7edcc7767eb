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
const tenseWindow = 14

// clauseTense finds the tense cue nearest to tokens [start, end) inside
// their sentence: "met on Wednesday" is past, "is set to travel on
// Wednesday" future. Cues on the left weigh a little more: the verb an
// adverbial modifies usually comes first. covered marks tokens that belong
// to expressions, which are never cues.
func clauseTense(toks []token, start, end int, covered []bool) int {
	sent := toks[start].sent
	best, bestDist := tenseNone, 1<<30
	consider := func(i, dist int) {
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
			case "PAST":
				c = tensePast
			case "FUTURE":
				c = tenseFuture
			case "PRESENT":
				c = tensePresent
			case "NONE":
				return
			}
		} else if !covered[i] && regularPast(toks, i) {
			c = tensePast
		}
		if c != tenseNone && dist < bestDist {
			best, bestDist = c, dist
		}
	}
	for i, d := start-1, 1; i >= 0 && start-i <= tenseWindow; i, d = i-1, d+1 {
		if toks[i].sent != sent || isClauseStop(toks[i]) && d > 1 && best != tenseNone {
			break
		}
		consider(i, 2*d)
	}
	for i, d := end, 1; i < len(toks) && i-end < tenseWindow; i, d = i+1, d+1 {
		if toks[i].sent != sent {
			break
		}
		consider(i, 2*d+1)
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
