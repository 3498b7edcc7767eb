package mention

import "strings"

// orgBoundary reports a name run that would go on from a lone acronym the
// gazetteer knows as an organization or outlet, after "the", into one
// capitalized word followed by a lower-case word: "in an interview with the
// BBC Capaldi admitted" is the BBC, then Capaldi, not a person "BBC
// Capaldi". A head word ("the BBC Trust"), a title ("the FBI Director"), a
// known name or a longer run keeps the name whole.
func (f *finder) orgBoundary(ts []tok, i, j int) bool {
	if j != i+1 || i == 0 || ts[i-1].lower() != "the" || j+1 >= len(ts) {
		return false
	}
	a := &ts[i]
	if len(a.w) < 2 || a.w != strings.ToUpper(a.w) || a.poss {
		return false
	}
	if e, ok := gazetteer[Fold(a.w)]; !ok || e.Type != "ORG" && e.Type != "MEDIA" {
		return false
	}
	t, n := &ts[j], &ts[j+1]
	lw := t.lower()
	if _, ok := heads[lw]; ok {
		return false
	}
	if _, ok := heads[strings.TrimSuffix(lw, "s")]; ok || titles[lw] || given[lw] || common[lw] {
		return false
	}
	if _, ok := gazetteer[Fold(t.w)]; ok {
		return false
	}
	return n.word && !n.cap() && n.space && !t.poss
}
