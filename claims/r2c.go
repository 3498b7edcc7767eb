package claims

import "strings"

// personPassive reports a passive participle trigger at i whose subject, the
// name or pronoun right before "was"/"were" (over adverbs), is a person, for a
// frame listed in "not-person-passive": "Lee was lost for the season" is a
// player out injured, never a lost contest (a game, not a person, is lost).
func (s *sent) personPassive(i int, t Trigger) bool {
	if t.Noun || !s.frameCue("not-person-passive", t.Frame) || !isParticiple(t, s.toks[i].Lower) {
		return false
	}
	b := i - 1
	for b >= 0 && !s.toks[b].Punct && (strings.HasSuffix(s.toks[b].Lower, "ly") || isAdverb(s.toks[b].Lower)) {
		b--
	}
	be := false
	for b >= 0 && (isBe(s.toks[b].Lower) || isAux(s.toks[b].Lower)) {
		be = be || isBe(s.toks[b].Lower)
		b--
	}
	if !be || b < 0 {
		return false
	}
	if m := s.tokMent[b]; m >= 0 {
		return s.x.Mentions[m].Type == "PERSON"
	}
	switch s.toks[b].Lower {
	case "he", "she":
		return true
	}
	return false
}

// frameCue reports frame listed in the cue class name.
func (s *sent) frameCue(name, frame string) bool {
	_, ok := s.lex.cues[name][frame]
	return ok
}
