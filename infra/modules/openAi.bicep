// Azure OpenAI account and the chat model deployment that drafts variants (CPO_LLM=azure-openai).
// Local (key) auth is disabled; the bot calls it with its managed identity.

@description('Account name; also its custom subdomain, which Entra ID authentication requires.')
param name string

@description('Azure region with capacity for the chosen model.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Deployment name the bot sends requests to (AZURE_OPENAI_DEPLOYMENT).')
param deploymentName string

@description('Model name, e.g. gpt-4o-mini.')
param modelName string

@description('Pinned model version, e.g. 2024-07-18.')
param modelVersion string

@allowed([
  'GlobalStandard'
  'Standard'
  'DataZoneStandard'
])
@description('Deployment type.')
param deploymentSku string

@minValue(1)
@description('Throughput in thousands of tokens per minute.')
param capacity int

@description('Principal id of the bot\'s managed identity.')
param botPrincipalId string

@description('Optional user or group that may call the model from a workstation.')
param operatorPrincipalId string

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

// Built-in role "Cognitive Services OpenAI User": inference only, no management rights.
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2023-05-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentSku
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    // Keep the pinned version until it retires; prompts are tested against it.
    versionUpgradeOption: 'OnceCurrentVersionExpired'
  }
}

resource botOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, botPrincipalId, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(account.id, operatorPrincipalId, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
