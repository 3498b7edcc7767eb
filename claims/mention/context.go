package mention

import "strings"

// placeNounOf reports a lower-case place noun and "of" just before offset
// i: "the district of Bener Meriah", "the town of Ruda" name places whatever
// the name looks like (cue class place-of).
func (f *finder) placeNounOf(i int) bool {
	before := strings.TrimRight(f.text[:i], " ")
	if !strings.HasSuffix(before, " of") {
		return false
	}
	j := len(before) - len(" of")
	w := f.wordBefore(j)
	return w != "" && strings.HasSuffix(f.text[:j], w) && cue("place-of", w)
}

// placeNounAfter reports a lower-case place noun right after offset i:
// "Central Aceh district", "Sichuan province" (cue class place-after). A
// capitalized one is part of the name and typed by heads.txt.
func (f *finder) placeNounAfter(i int) bool {
	w := f.wordAfter(i)
	if w == "" || !cue("place-after", w) {
		return false
	}
	rest := strings.TrimLeft(f.text[i:], " ")
	return strings.HasPrefix(rest, w)
}

// whoAfter reports ", who" right after offset i: "said Fauzi, who uses a
// single name" is a person; a firm or a place takes "which".
func (f *finder) whoAfter(i int) bool {
	return strings.HasPrefix(f.text[i:], ", who ")
}
