package mention

// placeAfterIn reports a name [r,q) of two or three words, none a given
// name, after a locative word ("in", "near") and ending in a word of place
// names (cue class place-last): "attended school in White Rock", "a house in
// Hawaiian Gardens" name places, not people, though no gazetteer knows them.
// Not before a possessive ("in Faith Hill's song").
func placeAfterIn(ts []tok, r, q int) bool {
	if r < 1 || q-r < 2 || q-r > 3 || !cue("locative", ts[r-1].lower()) || !cue("place-last", ts[q-1].lower()) {
		return false
	}
	for x := r; x < q; x++ {
		if given[ts[x].lower()] || !ts[x].cap() {
			return false
		}
	}
	return !(q < len(ts) && (ts[q].w == "'s" || ts[q].w == "’s" || ts[q].w == "'" || ts[q].w == "’"))
}

// vowelSwapName reports two folded name words that differ only by a vowel
// that makes another name: in a short word (four letters or fewer) its one
// changed vowel ("hall"/"hill", "bell"/"bill", "dan"/"don"), and in any word
// a last "a" against a last "o" ("china"/"chino", "maria"/"mario",
// "paula"/"paulo"), the mark of gender or of another place. Spellings of one
// transliterated name differ in longer words or in y/i ("hadi"/"hady").
func vowelSwapName(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	isVowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
	if !isVowel(a[diff]) || !isVowel(b[diff]) {
		return false
	}
	if len(a) <= 4 {
		return true
	}
	last := diff == len(a)-1
	return last && (a[diff] == 'a' && b[diff] == 'o' || a[diff] == 'o' && b[diff] == 'a')
}
