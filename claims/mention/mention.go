// Package mention finds who and what an article names — people,
// organizations, places, facilities, nationalities, media — with the titles
// bound to them, and links the mentions of one thing within the article.
//
// It is a fast rule-based chunker, not a statistical tagger: capitalized
// sequences (with particles such as al-, bin, van, de and "of" after a head
// word) are cut where a capital is no evidence (sentence starts, title-case
// headlines), stripped of titles, which are bound to the person, and typed by
// embedded lexicons (data/: a gazetteer of countries, cities, organizations and
// outlets; titles; head words such as "Air Base" or "News Agency"; given
// names; context cues). The lexicons are data: extend them, not the code.
//
// A mention's Text is the name only, never its title ("Ahmad al-Sharaa" of
// "Syrian Interim President Ahmad al-Sharaa"), so that the same person written
// with and without a title is the same string.
package mention

// Mention is one naming of an entity in an article.
type Mention struct {
	Start, End int // byte offsets into Article.Text of the name itself
	Sentence   int // index into Article.Sentences
	Text       string
	Type       string // PERSON, ORG, GPE, LOC, FACILITY, NORP, MEDIA; MISC for a name of none of these or of no known type ("American Pie", a lone unknown word)
	// Title is the normalized title or role bound to this mention
	// ("interim president", "foreign minister"), "" when none; TitleStart and
	// TitleEnd give its span in Article.Text.
	Title                string
	TitleStart, TitleEnd int
	// Honorific is a form of address written before the name ("Mr.",
	// "Dr."), as written; it is not part of Text.
	Honorific string
	// Kind is the facility word of a FACILITY, normalized ("naval base", "air
	// base", "airport"), also when the name is only the place ("naval base in
	// Tartous" gives Text "Tartous", Kind "naval base").
	Kind string
	// Guessed is set when no lexicon and no context decided Type: a
	// capitalized name that fits nothing known ("Officials said Putin would")
	// gets a default type. compare/resolve may then match it to a thing of
	// another type by its name alone.
	Guessed bool
	// Canon is the gazetteer's canonical name when the name is a known alias
	// ("United States" for "U.S."), else "".
	Canon string
	// Local identifies the thing within the article: mentions with the same
	// Local name the same thing. Locals are numbered 0, 1, 2... in order of
	// first appearance. Name is that thing's most complete form in the
	// article; LocalRule says why this mention was linked to an earlier one
	// ("same name", "surname", "abbreviation", "initials", "facility name",
	// "name part"), "" for the first mention of a thing.
	Local     int
	Name      string
	LocalRule string
}
