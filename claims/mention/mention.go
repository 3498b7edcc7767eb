// Package mention finds who and what an article names — people,
// organizations, places, facilities, nationalities, media — with the titles
// bound to them, and links the mentions of one thing within the article.
package mention

import "github.com/crosscheck/crosscheck/corpus"

// Mention is one naming of an entity in an article.
type Mention struct {
	Start, End int // byte offsets into Article.Text of the name itself
	Sentence   int // index into Article.Sentences
	Text       string
	Type       string // PERSON, ORG, GPE, LOC, FACILITY, NORP, MEDIA
	// Title is the normalized title or role bound to this mention
	// ("interim president", "foreign minister"), "" when none; TitleStart and
	// TitleEnd give its span in Article.Text.
	Title                string
	TitleStart, TitleEnd int
	// Local identifies the thing within the article: mentions with the same
	// Local name the same thing. Name is that thing's most complete form in the
	// article.
	Local int
	Name  string
}

// Find returns the mentions of a, in text order.
func Find(a *corpus.Article) []Mention {
	return nil
}
