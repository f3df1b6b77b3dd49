import { CallerIdConstants, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { AppConfig } from '../config/schema';
import { configError } from '../shared/errors';

/** Public-cloud Bot Framework endpoints (botframework-connector's AuthenticationConstants). */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
} as const;

/**
 * Options for botbuilder's ConfigurationBotFrameworkAuthentication (the TeamsAdapter's first argument).
 * With MICROSOFT_APP_ID every activity must carry a Bot Framework JWT: signature against the OpenID metadata's
 * keys, issuer, audience (the app id), expiry (5 min clock skew) and the `serviceurl` claim against the activity.
 * CPO_BOT_OPENID_METADATA_URL + CPO_BOT_TOKEN_ISSUER point that validation elsewhere (a test's own key server,
 * a sovereign cloud); botbuilder then needs every endpoint spelled out, so the public-cloud ones are filled in.
 */
export function botAuthenticationOptions(config: AppConfig): ConfigurationBotFrameworkAuthenticationOptions {
  const credentials: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
    MicrosoftAppType: config.bot.appType,
  };
  const { botOpenIdMetadataUrl, botTokenIssuer } = config.security;
  if (botOpenIdMetadataUrl === undefined && botTokenIssuer === undefined) return credentials;
  if (botOpenIdMetadataUrl === undefined || botTokenIssuer === undefined) {
    throw configError('Set both CPO_BOT_OPENID_METADATA_URL and CPO_BOT_TOKEN_ISSUER, or neither.');
  }
  return {
    ...credentials,
    ...PUBLIC_CLOUD,
    ToBotFromChannelOpenIdMetadataUrl: botOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: botOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: botTokenIssuer,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}
