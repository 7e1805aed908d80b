import { describe, expect, it } from 'vitest';
import { looksLikeOrganisation, tagging } from '../../../lib/rules/tagging';
import { excerpts } from '../text/run-rule';

const check = (text: string, account?: string) => excerpts(tagging, text, account ? { account } : {});

describe('tagging: must fire on private persons (span = the @handle)', () => {
  it.each<[string, string[]]>([
    ['Dank aan @piet_vader voor het rijden!', ['@piet_vader']],
    ['Dank aan @piet_vader en @mariekevanderberg.', ['@piet_vader', '@mariekevanderberg']],
    ['Groetjes van @juf_eline_official uit Ameland!', ['@juf_eline_official']],
    ['Gefeliciteerd @sanne2016!', ['@sanne2016']],
    ['Bedankt @mama_van_daan voor de taart', ['@mama_van_daan']],
    ['@opa_henk was er ook bij', ['@opa_henk']],
    ['Met dank aan @jacobs_fam', ['@jacobs_fam']],
    ['Welkom @meester.ruben!', ['@meester.ruben']],
    ['Foto: @fotografie_lisa', ['@fotografie_lisa']],
    ['Top gedaan @Daan_Boer', ['@Daan_Boer']],
    ['Dank @europa_fan', ['@europa_fan']],
    ['Bedankt @schoolfan_mama', ['@schoolfan_mama']],
    ['Groeten aan @ＫＥＥＳ', ['@ＫＥＥＳ']],
    ['Cc @lotte.de.vries', ['@lotte.de.vries']],
    ['@tim en @tom hielpen mee', ['@tim', '@tom']],
    ['@tim_groep7 je vergat je gymtas!', ['@tim_groep7']],
    ['Knap gedaan @sara.groep3', ['@sara.groep3']],
  ])('%s', (text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe('tagging: must NOT fire', () => {
  it.each<[string, string?]>([
    ['Volg ons ook op @obsdewierde!'],
    ['Volg ons ook op @OBSDeWierde'],
    ['Dank aan @ggdgroningen voor de voorlichting.'],
    ['Mooi initiatief van @Kinderpostzegels'],
    ['De @gemeentehetHogeland heeft nieuwe borden geplaatst.'],
    ['Gastles van @politie_warffum over veilig internet.'],
    ['Op bezoek bij @bibliotheekwarffum'],
    ['Voorstelling in @theater_de_klinker'],
    ['Dank aan @brandweer_usquert'],
    ['Samen met @cbs_de_borg'],
    ['Mail ons op administratie@obsdewierde.nl'],
    ['Schrijf naar info@voorbeeld.nl'],
    ['Geen tags in dit bericht.'],
    ['Dank aan de ouders die reden!'],
    ['Volg @dewierde_school', 'dewierde_school'],
    ['Bezoek aan @museumgroningen'],
    ['Dank aan @bakkerijjansen voor de taart!'],
    ['Mooie actie van @jumbo_warffum'],
    ['Ouderavond @19 uur in de aula'],
  ])('%s', (text, account) => {
    expect(check(text, account)).toEqual([]);
  });
});

describe('organisation handles', () => {
  it('short parts only count at a handle boundary', () => {
    expect(looksLikeOrganisation('@cbs_de_borg')).toBe(true);
    expect(looksLikeOrganisation('@jacobs')).toBe(false);
    expect(looksLikeOrganisation('@juf_school')).toBe(false);
  });
});
