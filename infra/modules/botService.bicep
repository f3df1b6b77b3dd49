// Azure Bot resource with its Microsoft Teams channel: tells the Bot Framework Service where the bot
// listens (https://<web app>/api/messages) and which identity it authenticates as.

@description('Bot handle (globally unique).')
param name string

@maxLength(42)
@description('Name shown in Azure; Teams shows the name from the app manifest.')
param displayName string

@description('Tags applied to the bot.')
param tags object

@description('Messaging endpoint, https://<host>/api/messages.')
param messagingEndpoint string

@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
@description('How the bot authenticates (same value as MICROSOFT_APP_TYPE).')
param appType string

@description('Client id of the app registration, or of the managed identity for UserAssignedMSI.')
param appId string

@description('Resource id of the managed identity; used only for UserAssignedMSI.')
param identityId string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free for standard channels such as Teams.')
param sku string

// Single-tenant and managed-identity bots name their tenant; a managed-identity bot also names the identity.
var registration = {
  displayName: displayName
  endpoint: messagingEndpoint
  msaAppId: appId
  msaAppType: appType
}
var tenantOfApp = {
  msaAppTenantId: tenant().tenantId
}
var managedIdentityOfApp = {
  msaAppMSIResourceId: identityId
}
var tenantProperties = appType == 'MultiTenant' ? {} : tenantOfApp
var identityProperties = appType == 'UserAssignedMSI' ? managedIdentityOfApp : {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Bot registrations are global; the conversation data stays in the Web App's region.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: union(registration, tenantProperties, identityProperties)
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output name string = bot.name
