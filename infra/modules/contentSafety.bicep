// Azure AI Content Safety account that screens every variant (CPO_SAFETY_PROVIDER=azure).
// Local (key) auth is disabled; the bot calls it with its managed identity.

@description('Account name; also its custom subdomain, which Entra ID authentication requires.')
param name string

@description('Azure region where Content Safety is offered.')
param location string

@description('Tags applied to the account.')
param tags object

@allowed([
  'F0'
  'S0'
])
@description('Pricing tier; F0 allows one free account per subscription.')
param sku string

@description('Principal id of the bot\'s managed identity.')
param botPrincipalId string

@description('Optional user or group that may call the service from a workstation (cpo screen).')
param operatorPrincipalId string

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

// Built-in role "Cognitive Services User": call the service's APIs.
var cognitiveServicesUserRoleId = 'a97b65f3-24c7-4388-baec-2e87135dc908'

resource account 'Microsoft.CognitiveServices/accounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'ContentSafety'
  sku: {
    name: sku
  }
  properties: {
    customSubDomainName: name
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
  }
}

resource botCognitiveServicesUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, botPrincipalId, cognitiveServicesUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUserRoleId)
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorCognitiveServicesUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(account.id, operatorPrincipalId, cognitiveServicesUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUserRoleId)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output endpoint string = account.properties.endpoint
