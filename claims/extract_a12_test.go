package claims

import "testing"

// Cases of the audit-12 error classes, in invented sentences: sources with
// modifiers, announcing verbs that attribute a clause, modals after event
// nouns, senses decided by a list's head, places inside a firm's phrase,
// sources inside a relative clause, and the dates of a statement whose
// content comes first.
func TestExtractAudit12(t *testing.T) {
	tests := []extractCase{
		{
			desc: "'federal officials said' reports what comes before it",
			text: "Tom Reed, the boss who avoided jail for decades, died Monday in prison, federal officials said.",
			want: []want{{pred: "die", mod: "reported", attr: "federal officials"}},
		},
		{
			desc: "'sources have confirmed to X that' attributes the clause",
			text: "Industry sources have confirmed to the Herald that Acme Corp will acquire Widget Systems for about $13 billion.",
			want: []want{{pred: "acquire", subj: "Acme Corp", obj: "Widget Systems", mod: "planned", attr: "Industry sources"}},
		},
		{
			desc: "'announced a new rule that' attributes nothing",
			text: "The administration on Thursday announced a new rule that would let agencies decide on their own.",
			want: []want{{pred: "announce", tim: "2024-05-02"}},
		},
		{
			desc: "'may come' after an event noun hedges it, even when a source tells it",
			text: "The announcement may come as early as May 14, the source told the Herald.",
			want: []want{{pred: "announce", mod: "hedged"}},
		},
		{
			desc: "meeting a list of requirements is no meeting",
			text: "Acme plans to introduce platforms to meet specific media, data, and graphic requirements, says Tom Reed.",
			none: []string{"meet"},
		},
		{
			desc: "a date that opens content told before its speaker is the content's",
			text: "Beginning in 2008, Acme plans to introduce new platforms, says Tom Reed.",
			want: []want{{pred: "say", subj: "Tom Reed", tim: "2024-05-02"}},
		},
		{
			desc: "'by Toronto consulting firm X': the firm is the agent",
			text: "The list was released by Toronto consulting firm Research Partners.",
			want: []want{{pred: "release", subj: "Research Partners"}},
		},
		{
			desc: "'Markham, Ont-based X': the town is no object",
			text: "Acme Corp agreed on Monday to buy Markham, Ont-based Widget for around $5.4 billion.",
			want: []want{{pred: "acquire", subj: "Acme Corp", obj: "-"}},
		},
		{
			desc: "'in Sunnyvale, Calif. announcing': the state is no announcer",
			text: "The battle reached a critical phase yesterday with Advanced Micro Devices in Sunnyvale, Calif. announcing its decision.",
			want: []want{{pred: "announce", subj: "-"}},
		},
		{
			desc: "'X, who some experts said was the leader': the experts speak",
			text: "A crackdown indicted 12 top hoodlums - but not Tom Reed, who some experts said was the actual leader.",
			want: []want{{pred: "say", subj: "some experts"}},
		},
		{
			desc: "a clause after 'whenever' holds no object",
			text: "Tom Reed kept checking into treatment clinics whenever the FBI turned up the heat.",
			none: []string{"rehab"},
		},
		{
			desc: "a relative clause on the source of 'according to' is narration",
			text: "Many of her patients are uninsured, according to the MacArthur Foundation, which last year awarded her one of its $500,000 grants.",
			want: []want{{pred: "quantity", subj: "MacArthur Foundation", mod: "asserted"}},
		},
		{
			desc: "a participle before a name in a quote is presupposed, not reported",
			text: "\"He will stay in jail,\" said Ann Lee, daughter of slain court reporter Julie Brandau.",
			want: []want{{pred: "kill", obj: "Julie Brandau", mod: "asserted", attr: "-"}},
		},
		{
			desc: "a statement of a man whose dated death is hedged is not dated at publication",
			text: "Fred LaRue said he advised against the burglary. The coroner believes LaRue died Saturday of natural causes.",
			want: []want{{pred: "say", subj: "Fred LaRue", tim: "-"}},
		},
		{
			desc: "a title-case headline verb starts no name",
			text: "Governor Nominates Ann Lee, MD to Lead Health Board\nThe governor said on Monday that he would nominate her.",
			want: []want{{pred: "appoint", obj: "Ann Lee"}},
		},
		{
			desc: "'Doctors in Gaza said': the doctors speak, not the place (audit 13)",
			text: "Doctors in Gaza said more than 40 people died when bombs hit a school in Jabaliya.",
			want: []want{{pred: "die", mod: "reported", attr: "Doctors in Gaza"}},
		},
		{
			desc: "', saying that ...' after a clause: its subject says it (audit 13)",
			text: "The prime minister, Ismail Haniyeh, issued a statement from hiding, saying that the Gazans would defeat Israel.",
			want: []want{{pred: "win", obj: "Israel", mod: "hedged", attr: "Ismail Haniyeh"}},
		},
		{
			desc: "the crime after 'found guilty Friday of' is not dated by the verdict (audit 13)",
			text: "A jury found Tom Reed guilty Friday of killing his wife, Ann Reed.",
			want: []want{{pred: "kill", obj: "Ann Reed", tim: "-"}},
		},
		{
			desc: "'for the death of' after 'convicted Nov. 12 of murder' (audit 13)",
			text: "Tom Reed was convicted Nov. 12 of first-degree murder for the death of Ann Reed.",
			want: []want{{pred: "die", obj: "Ann Reed", tim: "-"}, {pred: "convict", tim: "2023-11-12"}},
		},
		{
			desc: "'is negotiating to buy' hedges the purchase (audit 13)",
			text: "Acme Corp is negotiating to buy Widget Systems.",
			want: []want{{pred: "acquire", subj: "Acme Corp", obj: "Widget Systems", mod: "hedged"}},
		},
		{
			desc: "'going to plan' is the future, no visit; 'friendly fire' no blaze (audit 13)",
			text: "Someone says we're going to plan a massive air raid on Leeds, he said. Five soldiers died on Wednesday, four from friendly fire.",
			none: []string{"visit", "fire"},
		},
		{
			desc: "'had taken over' with no object buys nothing (audit 13)",
			text: "The UN protested at the deaths, saying \"the rule of the gun\" had taken over.",
			none: []string{"acquire"},
		},
	}
	runExtractCases(t, tests)
}
