// Azure resources for the Campaign Assistant Teams bot (Customer Personalization Orchestrator).
// Deployed by Microsoft 365 Agents Toolkit (teamsapp.yml, arm/deploy) or by `az deployment group create`;
// infra/README.md explains both. One user-assigned managed identity reaches every service: no service keys.
targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------- naming
@minLength(3)
@maxLength(12)
@description('Lowercase letters and digits that start every resource name, e.g. "cpodev".')
param resourceBaseName string

@description('Region of the regional resources.')
param location string = resourceGroup().location

@description('Tags added to every resource.')
param tags object = {}

// ------------------------------------------------------------------------------------------ bot identity
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
@description('How the bot authenticates (MICROSOFT_APP_TYPE). UserAssignedMSI makes the managed identity the bot: no app registration and no secret; it always gets the Azure Bot resource.')
param botAppType string = 'SingleTenant'

@description('Client id of the bot\'s Entra app registration (BOT_ID). Ignored for UserAssignedMSI.')
param botAppId string = ''

@secure()
@description('Client secret of that app registration, stored in Key Vault. Required unless botAppType is UserAssignedMSI.')
param botAppPassword string = ''

@maxLength(42)
@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'Campaign Assistant'

@description('Create the Azure Bot resource and its Teams channel. Turn off when the bot is registered in the Teams Developer Portal instead (teamsapp.yml: botFramework/create): one app id can have only one registration.')
param deployAzureBot bool = true

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier; F0 covers the Teams channel.')
param botSku string = 'F0'

// ------------------------------------------------------------------------------------------- web app
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
@description('App Service plan size.')
param appServiceSku string = 'B1'

@allowed([
  'NODE|20-lts'
  'NODE|22-lts'
])
@description('Node.js runtime of the Web App (package.json requires Node 20 or later).')
param linuxFxVersion string = 'NODE|20-lts'

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
@description('Bot log level (CPO_LOG_LEVEL).')
param logLevel string = 'info'

@description('Roles file inside the deployed package (CPO_ROLES_FILE); lists AAD object ids of marketers, approvers and managers.')
param rolesFile string = 'config/roles.yaml'

@allowed([
  'intent'
  'llm'
])
@description('Planner that turns chat messages into tool plans (CPO_PLANNER_PROVIDER): llm uses the Azure OpenAI deployment, intent is the offline planner.')
param plannerProvider string = 'llm'

// ------------------------------------------------------------------------------------------- privacy
@secure()
@minLength(32)
@description('HMAC key for customer pseudonyms (CPO_PSEUDONYM_KEY), stored in Key Vault. Keep it stable: a new key changes every pseudonym.')
param pseudonymKey string

@minLength(1)
@description('Label of the pseudonym key (CPO_PSEUDONYM_KEY_ID); change it together with the key.')
param pseudonymKeyId string = 'v1'

@secure()
@minLength(32)
@description('Shared key Event Grid sends to POST /api/engagement (CPO_ENGAGEMENT_WEBHOOK_KEY), stored in Key Vault. The bot refuses to start without it.')
param engagementWebhookKey string

// ------------------------------------------------------------------------------------------- services
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
])
@description('Replication of the storage account that holds the tables.')
param storageSku string = 'Standard_LRS'

@allowed([
  'free'
  'basic'
  'standard'
])
@description('Azure AI Search tier.')
param searchSku string = 'basic'

@description('Index with the approved content (AZURE_SEARCH_INDEX).')
param searchIndexName string = 'approved-content'

@description('Region of the Azure OpenAI account (model availability differs by region).')
param openAiLocation string = location

@description('Model deployment name (AZURE_OPENAI_DEPLOYMENT).')
param openAiDeploymentName string = 'gpt-4o-mini'

@description('Model to deploy.')
param openAiModelName string = 'gpt-4o-mini'

@description('Pinned model version.')
param openAiModelVersion string = '2024-07-18'

@allowed([
  'GlobalStandard'
  'Standard'
  'DataZoneStandard'
])
@description('Model deployment type.')
param openAiDeploymentSku string = 'GlobalStandard'

@minValue(1)
@description('Model throughput in thousands of tokens per minute.')
param openAiCapacity int = 30

@description('Azure OpenAI REST API version the bot uses (AZURE_OPENAI_API_VERSION).')
param openAiApiVersion string = '2024-10-21'

@description('Region of the Content Safety account (not offered in every region).')
param contentSafetyLocation string = location

@allowed([
  'F0'
  'S0'
])
@description('Content Safety tier; F0 allows one free account per subscription.')
param contentSafetySku string = 'S0'

// ------------------------------------------------------------------------------------------- operator
@description('Optional object id of a user, group or pipeline that maintains the search index and may call the services from a workstation (cpo CLI). Empty grants nothing.')
param operatorPrincipalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
@description('Kind of principal operatorPrincipalId is.')
param operatorPrincipalType string = 'User'

// ============================================================================================ variables
var baseName = toLower(resourceBaseName)
// Stable per subscription, resource group and base name: redeployments update the same resources.
var token = take(uniqueString(subscription().id, resourceGroup().id, baseName), 8)
var names = {
  identity: 'id-${baseName}-${token}'
  workspace: 'log-${baseName}-${token}'
  appInsights: 'appi-${baseName}-${token}'
  storage: 'st${replace(baseName, '-', '')}${token}'
  search: 'srch-${baseName}-${token}'
  openAi: 'oai-${baseName}-${token}'
  contentSafety: 'cs-${baseName}-${token}'
  keyVault: 'kv-${baseName}-${token}'
  plan: 'plan-${baseName}-${token}'
  webApp: 'app-${baseName}-${token}'
  bot: 'bot-${baseName}-${token}'
}
var projectTags = {
  project: 'customer-personalization-orchestrator'
}
var allTags = union(projectTags, tags)
var botIsManagedIdentity = botAppType == 'UserAssignedMSI'
// A managed-identity bot can only be registered as an Azure Bot resource.
var createAzureBot = deployAzureBot || botIsManagedIdentity

// ============================================================================================ resources
module identity 'modules/identity.bicep' = {
  name: 'cpo-identity'
  params: {
    name: names.identity
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'cpo-monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'cpo-storage'
  params: {
    name: names.storage
    location: location
    tags: allTags
    sku: storageSku
    botPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module search 'modules/search.bicep' = {
  name: 'cpo-search'
  params: {
    name: names.search
    location: location
    tags: allTags
    sku: searchSku
    botPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module openAi 'modules/openAi.bicep' = {
  name: 'cpo-openai'
  params: {
    name: names.openAi
    location: openAiLocation
    tags: allTags
    deploymentName: openAiDeploymentName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSku: openAiDeploymentSku
    capacity: openAiCapacity
    botPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module contentSafety 'modules/contentSafety.bicep' = {
  name: 'cpo-content-safety'
  params: {
    name: names.contentSafety
    location: contentSafetyLocation
    tags: allTags
    sku: contentSafetySku
    botPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'cpo-key-vault'
  params: {
    name: names.keyVault
    location: location
    tags: allTags
    pseudonymKey: pseudonymKey
    engagementWebhookKey: engagementWebhookKey
    botAppPassword: botIsManagedIdentity ? '' : botAppPassword
    botPrincipalId: identity.outputs.principalId
  }
}

// ------------------------------------------------------------------ the bot's environment variables
// Names are the ones src/config/loadConfig.ts reads (ENV_BINDINGS), plus the platform's own settings.
var platformSettings = [
  {
    // DefaultAzureCredential picks the user-assigned identity by its client id.
    name: 'AZURE_CLIENT_ID'
    value: identity.outputs.clientId
  }
  {
    // The app exports its own OpenTelemetry traces and metrics (src/telemetry/), so the codeless agent stays off:
    // both at once would report every request twice. An ingestion connection string, not a credential.
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.appInsightsConnectionString
  }
  {
    // Build the uploaded source on App Service (npm install, npm run build).
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'true'
  }
]
var botSettings = [
  {
    // Azure defaults without config/app.yaml's Azurite connection string, which would win over the endpoint.
    name: 'CPO_CONFIG_FILE'
    value: 'infra/app.azure.yaml'
  }
  {
    name: 'CPO_LOG_LEVEL'
    value: logLevel
  }
  {
    name: 'MICROSOFT_APP_ID'
    value: botIsManagedIdentity ? identity.outputs.clientId : botAppId
  }
  {
    name: 'MICROSOFT_APP_TYPE'
    value: botAppType
  }
  {
    name: 'MICROSOFT_APP_TENANT_ID'
    value: tenant().tenantId
  }
  {
    name: 'CPO_TABLES_ENDPOINT'
    value: storage.outputs.tableEndpoint
  }
  {
    name: 'CPO_SEARCH_PROVIDER'
    value: 'azure'
  }
  {
    name: 'AZURE_SEARCH_ENDPOINT'
    value: search.outputs.endpoint
  }
  {
    name: 'AZURE_SEARCH_INDEX'
    value: searchIndexName
  }
  {
    name: 'CPO_LLM'
    value: 'azure-openai'
  }
  {
    name: 'AZURE_OPENAI_ENDPOINT'
    value: openAi.outputs.endpoint
  }
  {
    name: 'AZURE_OPENAI_DEPLOYMENT'
    value: openAi.outputs.deploymentName
  }
  {
    name: 'AZURE_OPENAI_API_VERSION'
    value: openAiApiVersion
  }
  {
    name: 'CPO_SAFETY_PROVIDER'
    value: 'azure'
  }
  {
    name: 'AZURE_CONTENT_SAFETY_ENDPOINT'
    value: contentSafety.outputs.endpoint
  }
  {
    name: 'CPO_PLANNER_PROVIDER'
    value: plannerProvider
  }
  {
    name: 'CPO_ROLES_FILE'
    value: rolesFile
  }
  {
    name: 'CPO_PSEUDONYM_KEY'
    value: keyVault.outputs.pseudonymKeyReference
  }
  {
    name: 'CPO_PSEUDONYM_KEY_ID'
    value: pseudonymKeyId
  }
  {
    name: 'CPO_ENGAGEMENT_WEBHOOK_KEY'
    value: keyVault.outputs.engagementWebhookKeyReference
  }
]
// A managed-identity bot has no client secret (botbuilder refuses one).
var botClientSecretSettings = [
  {
    name: 'MICROSOFT_APP_PASSWORD'
    value: keyVault.outputs.botClientCredentialReference
  }
]
var appSettings = concat(platformSettings, botSettings, botIsManagedIdentity ? [] : botClientSecretSettings)

module appService 'modules/appService.bicep' = {
  name: 'cpo-app-service'
  params: {
    planName: names.plan
    appName: names.webApp
    location: location
    tags: allTags
    sku: appServiceSku
    linuxFxVersion: linuxFxVersion
    identityId: identity.outputs.id
    appSettings: appSettings
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/botService.bicep' = if (createAzureBot) {
  name: 'cpo-bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    tags: allTags
    messagingEndpoint: 'https://${appService.outputs.defaultHostName}/api/messages'
    appType: botAppType
    appId: botIsManagedIdentity ? identity.outputs.clientId : botAppId
    identityId: identity.outputs.id
    sku: botSku
  }
}

// ============================================================================================== outputs
// Upper-case names: Agents Toolkit writes each output into infra/env/.env.<environment> under this name.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = appService.outputs.id
output BOT_DOMAIN string = appService.outputs.defaultHostName
output BOT_ENDPOINT string = 'https://${appService.outputs.defaultHostName}'
output AZURE_BOT_NAME string = createAzureBot ? names.bot : ''
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output KEY_VAULT_NAME string = keyVault.outputs.name
output CPO_TABLES_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_SEARCH_ENDPOINT string = search.outputs.endpoint
output AZURE_OPENAI_ENDPOINT string = openAi.outputs.endpoint
output AZURE_OPENAI_DEPLOYMENT string = openAi.outputs.deploymentName
output AZURE_CONTENT_SAFETY_ENDPOINT string = contentSafety.outputs.endpoint
