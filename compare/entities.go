package compare

import "strings"

// resolveEntities groups mentions into entities. This first version joins the
// within-article groups (mention.Local) across articles by their exact name.
func (s *Story) resolveEntities() {
	byName := map[string]int{}
	for ai, x := range s.Extractions {
		local := map[int]int{}
		for mi, m := range x.Mentions {
			ei, ok := local[m.Local]
			if !ok {
				key := m.Type + "\x00" + strings.ToLower(m.Name)
				if ei, ok = byName[key]; !ok {
					ei = len(s.Entities)
					byName[key] = ei
					s.Entities = append(s.Entities, Entity{Name: m.Name, Type: m.Type})
				}
				local[m.Local] = ei
			}
			ref := MentionRef{Article: ai, Mention: mi}
			s.Entities[ei].Mentions = append(s.Entities[ei].Mentions, ref)
			s.EntityOf[ref] = ei
		}
	}
	for i := range s.Entities {
		s.Entities[i].ID = "e" + itoa(i+1)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
