import { countChildStatements } from '../../text/child-voice';
import { readNumber } from '../params';
import { refOf, selectField, textOf } from '../scope';
import type { CheckOf, CheckRunner } from './types';

/** At least `minStatements` sentences in which the child is the speaker (see text/child-voice.ts). */
export const checkChildVoice: CheckRunner<CheckOf<'childVoice'>> = (check, scope, ctx) => {
  const field = selectField(scope, check.field);
  const count = countChildStatements(textOf(field), {
    childName: ctx.document.fields['barnetsNavn']?.text,
    ignoreAgreementOnly: check.ignoreAgreementOnly ?? false,
  });
  return count >= readNumber(check.minStatements, ctx.params) ? [] : [{ ref: refOf(field, scope) }];
};
