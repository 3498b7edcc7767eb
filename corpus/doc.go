// Package corpus reads news articles and their metadata and prepares them for
// analysis.
//
// An Article keeps the bytes as read from disk (Raw) and a normalized form of
// them (Text) in which curly quotes, exotic spaces and dashes are folded to
// ASCII and Unicode is in NFC. Every analysis runs on Text; every offset that
// leaves the program is a byte offset into Raw. The OffsetMap between the two is
// what makes that possible, so no later package ever has to know how Text was
// made.
//
// corpus knows no NLP beyond what is needed to cut an article into blocks
// (headline, dateline, paragraphs, headings, page furniture) and sentences.
package corpus
