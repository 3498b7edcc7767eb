package compare

import (
	"github.com/crosscheck/crosscheck/compare/resolve"
)

// resolveEntities resolves the mentions of all articles into entities
// (package resolve: spelling variants, short forms, titles and types decide).
func (s *Story) resolveEntities() {
	docs := make([]resolve.Doc, len(s.Extractions))
	for i, x := range s.Extractions {
		docs[i] = resolve.Doc{ID: x.Article.ID, Mentions: x.Mentions}
	}
	s.resolved = resolve.Resolve(docs)
	s.Entities = make([]Entity, len(s.resolved.Entities))
	for ei, e := range s.resolved.Entities {
		ent := Entity{ID: e.ID, Name: e.Name, Type: e.Type, Merges: e.Merges}
		for _, r := range e.Mentions {
			ref := MentionRef{Article: r.Doc, Mention: r.Mention}
			ent.Mentions = append(ent.Mentions, ref)
			s.EntityOf[ref] = ei
		}
		s.Entities[ei] = ent
	}
}
