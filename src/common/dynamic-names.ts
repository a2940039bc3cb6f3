/**
 * Names of the dynamic values a template may use (`{{ $guid }}`), with Postman's spelling so
 * imported collections keep working. The run generates them; the flow checks know the names.
 */
export const DYNAMIC_VALUE_NAMES = [
  '$guid',
  '$uuid',
  '$randomUUID',
  '$timestamp',
  '$isoTimestamp',
  '$randomInt',
  '$randomAlphaNumeric',
  '$randomBoolean',
  '$randomFirstName',
  '$randomLastName',
  '$randomFullName',
  '$randomUserName',
  '$randomEmail',
  '$randomPassword',
  '$randomWord',
  '$randomWords',
  '$randomLoremWord',
  '$randomColor',
  '$randomHexColor',
  '$randomCity',
  '$randomCountry',
  '$randomPhoneNumber',
  '$randomIP',
  '$randomPrice',
  '$randomDomainName',
  '$randomUrl',
  '$randomDatePast',
  '$randomDateFuture',
] as const;

export type DynamicValueName = (typeof DYNAMIC_VALUE_NAMES)[number];
