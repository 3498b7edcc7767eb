package timex

// scoreNear reports a game score ("lose 20 - 13", "a 34-12 win") within 25
// tokens of i on the same line: next to one, "the fourth quarter" or "the
// second half" is a part of the game, not of a year ("Chiefs lose 20-13 to a
// fourth quarter rally"), even when no play-by-play word of games.txt is near.
func (p *parser) scoreNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-25 && !p.toks[k+1].nl; k-- {
		if p.scoreAt(k) {
			return true
		}
	}
	for k := i; k < len(p.toks) && k < i+25; k++ {
		if k > i && p.toks[k].nl {
			break
		}
		if p.scoreAt(k) {
			return true
		}
	}
	return false
}

// scoreAt: two small whole numbers joined by a hyphen (spaced or not), not
// a range of amounts ("18-24 months", "5-10 percent") nor part of a longer
// number, a date or a code.
func (p *parser) scoreAt(k int) bool {
	small := func(j int) bool {
		t := p.tok(j)
		return t != nil && t.kind == tNum && t.end-t.start <= 3 && t.num < 200
	}
	if !small(k) || !p.punct(k+1, "-") || !small(k+2) {
		return false
	}
	if prev := p.tok(k - 1); prev != nil && prev.kind == tPunct && (prev.low == "$" || prev.low == "-" || prev.low == "/" || prev.low == "." || prev.low == ",") && p.attached(k) {
		return false
	}
	if next := p.tok(k + 3); next != nil && p.attached(k+3) && (next.kind == tPunct && next.low != "," && next.low != "." || next.kind == tWord) {
		return false // 20-13%, 3-2-1, 12-3s
	}
	return !p.is(k+3, "percent", "per", "%", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "times", "million", "billion", "p.m.", "a.m.", "pm", "am")
}
