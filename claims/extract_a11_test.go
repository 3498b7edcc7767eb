package claims

import "testing"

// Cases of the audit-11 error classes, in invented sentences: conditional
// clauses, planned noun modifiers, deontic "deserves to", reduced passives
// with "as", names of things before an event noun, the object before an
// infinitive of saying, a pronoun after a speaker with a single name, and the
// day of an announced plan.
func TestExtractAudit11(t *testing.T) {
	tests := []extractCase{
		{
			desc: "an event inside an 'if' clause is supposed, however far from the 'if'",
			text: "Even if relations between Acme and Nova turn sour and Zeta loses Intel's business, Acme executives predict growth.",
			want: []want{{pred: "lose", subj: "Zeta", mod: "hedged"}},
		},
		{
			desc: "'forthcoming' in the noun phrase puts the acquisition ahead",
			text: "Analysts say that Hewlett-Packard's forthcoming $13.9 billion acquisition of Widget Systems is a good move.",
			want: []want{{pred: "acquire", obj: "Widget Systems", mod: "planned"}},
		},
		{
			desc: "the upcoming visit stays planned",
			text: "Officials prepared for Ahmed Nasser's upcoming visit to Paris.",
			want: []want{{pred: "visit", mod: "planned"}},
		},
		{
			desc: "'deserves to die' is no death",
			text: "Jurors said that Tom Reed deserves to die for his crimes.",
			want: []want{{pred: "die", subj: "Tom Reed", mod: "hedged"}},
		},
		{
			desc: "'X announced as the new Y': X is the one announced",
			text: "Peter Capaldi announced as the new Doctor\nThe actor will start filming next year.",
			want: []want{{pred: "announce", subj: "-", obj: "Peter Capaldi"}},
		},
		{
			desc: "'announced as he left' keeps the announcer",
			text: "Tom Reed announced as he left the hall that the plant would close.",
			want: []want{{pred: "announce", subj: "Tom Reed", obj: "-"}},
		},
		{
			desc: "a product before an event noun is not its doer",
			text: "After the pulse-racing MacBook unveiling, Apple executives discussed features.",
			none: []string{"announce"},
		},
		{
			desc: "a group before an event noun is its doer",
			text: "Taliban attacks killed ten people in Kandahar on Monday.",
			want: []want{{pred: "attack", subj: "Taliban"}},
		},
		{
			desc: "the object of 'called' does not speak in 'to tell'",
			text: "Mary Hiller went to an office and called police to tell them what she had done, authorities said.",
			none: []string{"say:tell"},
		},
		{
			desc: "'went on to say' keeps its speaker",
			text: "Tom Reed thanked the jury. He went on to say that the law must be followed.",
			want: []want{{pred: "say", subj: "Tom Reed"}},
		},
		{
			desc: "'he said' after a speaker with a single name, in a district named with 'of'",
			text: "The worst-hit area was the district of Karo Baru.\n\"Dozens of people were injured,\" said Wanto, who uses a single name.\nHe said 22 houses were damaged in the district.",
			want: []want{{pred: "say", subj: "Wanto", evidence: "He said 22 houses were damaged in the district"}},
		},
		{
			desc: "the day told after an announced plan dates the announcement",
			text: "Acme announced its intention to buy the chip-maker for $5 billion on Monday.",
			want: []want{{pred: "announce", subj: "Acme", tim: "2024-04-29"}, {pred: "acquire", subj: "Acme", tim: "-", mod: "planned"}},
		},
		{
			desc: "a plan's own date stays the plan's",
			text: "Acme announced its intention to buy the chip-maker next year.",
			want: []want{{pred: "acquire", subj: "Acme", tim: "2025", mod: "planned"}},
		},
		{
			desc: "a number listed after a name's noun phrase is not the name's",
			text: "The laptop has a fast chip; the new Vexa Kepler graphics and 768GB of flash storage.",
			none: []string{"quantity"},
		},
		{
			desc: "a number after a verb and 'and' is still the subject's",
			text: "Tom Reed fired at a guard and two other officers on Monday.",
			want: []want{{pred: "quantity", subj: "Tom Reed"}},
		},
		{
			desc: "'added 12 for' scores, it says nothing",
			text: "Ray Carter added 12 for the Bulldogs on Friday.",
			none: []string{"say"},
		},
		{
			desc: "'added' + a clause still says",
			text: "Ray Carter added 12 people were hurt in the crash.",
			want: []want{{pred: "say", subj: "Ray Carter"}},
		},
		{
			desc: "the noun after 'the head of the ... family' is not who died",
			text: "The head of the crime family, who had suffered from heart disease, died at the prison in Springfield, said spokesman Al Quintero.",
			want: []want{{pred: "die", subj: "-"}},
		},
		{
			desc: "the speaker named after 'she' is not the one she stands for",
			text: "Mary Hiller walked to the mixing area and found four people in the break room.\nShe had no quarrels with one woman and told her to leave.\nShe then opened fire on the others, Philadelphia Homicide Capt. James Clark said.",
			want: []want{{pred: "attack", subj: "-"}},
		},
		{
			desc: "the date of a plan whose verb is no frame does not date the announcement",
			text: "Acme announced plans to open a plant next year.",
			want: []want{{pred: "announce", subj: "Acme", mod: "asserted"}},
		},
		{
			desc: "information that is not released is no release of a person",
			text: "Spokeswoman Ilene Wolff said the families asked that their conditions and other information not be released.",
			none: []string{"release"},
		},
		{
			desc: "a prisoner released is still a release",
			text: "Tom Reed was released from prison on Monday.",
			want: []want{{pred: "release", obj: "Tom Reed"}},
		},
		{
			desc: "'likely' right after an event noun hedges it",
			text: "The budget is higher, with a release likely for late 2009.",
			want: []want{{pred: "release", mod: "hedged"}},
		},
		{
			desc: "'planned' right after an event noun puts it ahead",
			text: "Tom Reed's visit planned for May was cancelled.",
			want: []want{{pred: "visit", mod: "planned"}},
		},
		{
			desc: "an event in a quote is reported by a speaker with a title after it",
			text: "\"A man came in, shot and killed another man,\" Sergeant Tim Fanning said.",
			want: []want{{pred: "kill", mod: "reported", attr: "Tim Fanning"}},
		},
		{
			desc: "'Const.' is a constable's title, not a sentence end",
			text: "City police spokesman Const. Tim Fanning said Tom Reed had been fired on Thursday.",
			want: []want{{pred: "say", subj: "Tim Fanning"}, {pred: "title", subj: "Tim Fanning", obj: "const."}},
		},
		{
			desc: "a participle inside the subject names an older event: no date inherited",
			text: "A convicted sex offender sentenced to life in prison pulled a gun on two guards on Monday, authorities said.",
			want: []want{{pred: "sentence", tim: "-"}},
		},
		{
			desc: "a finite verb after a bare noun keeps its date",
			text: "Police arrested a man in Texas on Monday.",
			want: []want{{pred: "arrest", tim: "2024-04-29"}},
		},
		{
			desc: "a titled speaker before 'said, \"...' does not close the sentence: the quote's event is his",
			text: "If that happens, Evans Research analyst Michelle Warren said, \"it will open the doors for Nova to search for new options and possibly talk with Intel.\"",
			want: []want{{pred: "meet", obj: "Intel", mod: "hedged", attr: "Michelle Warren"}},
		},
	}
	runExtractCases(t, tests)
}
