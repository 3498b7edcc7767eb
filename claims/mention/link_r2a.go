package mention

import "strings"

// genderClash reports a lone surname m linked to the full name of a person
// of one gender while the words after m, in its sentence, give it the other
// through a possessive before a kin noun: "Laci Peterson disappeared ...
// Peterson was found guilty of murdering his wife" — "his wife" makes this
// Peterson a man, so he is not Laci. Only when no other capitalized word
// stands between (that one could own the pronoun).
func (f *finder) genderClash(full, m Mention) bool {
	g := Gender(Mention{Type: "PERSON", Name: full.Text, Title: full.Title})
	if g == "" {
		return false
	}
	end := min(len(f.text), m.End+160)
	words := strings.Fields(f.text[m.End:end])
	for k, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",\"“”"))
		if (lw == "his" || lw == "her") && k+1 < len(words) {
			next := strings.ToLower(strings.Trim(words[k+1], ",.;:\"“”"))
			if !cue("kin", next) {
				return false
			}
			return lw == "his" && g == "female" || lw == "her" && g == "male"
		}
		if strings.ContainsAny(w, ".;:!?") || w != strings.ToLower(w) {
			return false // the sentence ends, or another name may own the pronoun
		}
	}
	return false
}

// surnameGenderClash reports a genderClash between the full name j and any
// lone mention of the surname t in the article: a lone surname names one
// person throughout, so "Peterson was found guilty of murdering his wife"
// keeps every lone "Peterson" from the woman of that name.
func (f *finder) surnameGenderClash(ms []Mention, toks [][]string, j int, t []string) bool {
	for o := range ms {
		if sigLen(toks[o]) == 1 && len(toks[o]) == len(t) && strings.Join(toks[o], " ") == strings.Join(t, " ") && f.genderClash(ms[j], ms[o]) {
			return true
		}
	}
	return false
}
