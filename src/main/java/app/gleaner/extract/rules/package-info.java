/**
 * The rule data files under {@code src/main/resources/rules/} (selectors, vendor rules, phrase lists, in many
 * languages) as the stages ask them: {@link app.gleaner.extract.rules.RuleList} reads a file,
 * {@link app.gleaner.extract.rules.SelectorGroup} asks many selectors in one walk and
 * {@link app.gleaner.extract.rules.PhraseTrie} finds many phrases in one pass. The Java names no site; the data does.
 */
package app.gleaner.extract.rules;
