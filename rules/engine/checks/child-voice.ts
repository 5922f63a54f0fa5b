import { countChildStatements, findAgreementOnly, findProxyReports } from '../../text/child-voice';
import type { Violation } from '../context';
import { childNameOf } from '../document-facts';
import { readNumber } from '../params';
import { refOf, selectField, textOf } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/**
 * At least `minStatements` sentences in which the child is the speaker (see text/child-voice.ts). When it
 * falls short, the finding marks where the child is only spoken for («Mor opplever at barnet …») or only
 * agrees («hun er enig i målene»), if there is such a passage.
 */
export const checkChildVoice: CheckRunner<CheckOf<'childVoice'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  const text = textOf(field);
  const options = { childName: childNameOf(ctx.document) };
  const ignoreAgreementOnly = check.ignoreAgreementOnly ?? false;
  if (countChildStatements(text, { ...options, ignoreAgreementOnly }) >= readNumber(check.minStatements, ctx.params)) return [];
  const violation: Violation = { ref: refOf(field, scope) };
  const agreement = ignoreAgreementOnly ? findAgreementOnly(text, options) : undefined;
  const marked = findProxyReports(text, options)[0] ?? agreement;
  if (marked) violation.range = { start: marked.start, end: marked.end };
  return [violation];
};
